from flask import redirect, request

from app import app


@app.route("/bt00007/continue")
def continue_flow():
    nxt = request.args.get("to", "/")
    if not nxt.startswith("/"):
        nxt = "/"
    return redirect(nxt)
