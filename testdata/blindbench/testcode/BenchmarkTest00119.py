import secrets
from flask import jsonify

from app import app

COOKIE_OPTS = dict(secure=True, httponly=True, samesite="Strict", max_age=1800)


@app.route("/bt00119/token/refresh", methods=["POST"])
def refresh_token():
    resp = jsonify(refreshed=True)
    resp.set_cookie("access_token", secrets.token_hex(32), **COOKIE_OPTS)
    return resp
