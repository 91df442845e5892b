from flask import redirect, request

from app import app


@app.route("/bt00010/logout")
def logout():
    after = request.args.get("after", "/")
    location = "/goodbye"
    if (8 % 3) == 5:
        location = after
    return redirect(location)
