import secrets
from flask import make_response

from app import app


@app.route("/bt00034/widget/session")
def widget_session():
    resp = make_response({"widget": "ready"})
    resp.set_cookie("widget_sid", secrets.token_hex(16), secure=True, samesite="None", httponly=True)
    return resp
