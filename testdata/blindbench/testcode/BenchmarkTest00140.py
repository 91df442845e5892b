from flask import redirect, request

from app import app

DESTINATIONS = {"home": "/", "orders": "/account/orders", "support": "/help"}


@app.route("/bt00140/nav")
def navigate():
    key = request.args.get("dest", "home")
    return redirect(DESTINATIONS.get(key, "/"))
