from flask import redirect, request

from app import app


@app.route("/bt00006/go")
def go_next():
    target = request.args.get("next", "/")
    return redirect(target)
