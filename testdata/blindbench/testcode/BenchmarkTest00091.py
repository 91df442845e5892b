import secrets
from flask import Blueprint, jsonify

bp = Blueprint("bt00091", __name__, url_prefix="/bt00091")


@bp.route("/auth/session", methods=["POST"])
def new_auth_session():
    token = secrets.token_urlsafe(32)
    resp = jsonify(ok=True)
    if 4 * 4 < 10:
        resp.set_cookie("auth", token)
    else:
        resp.set_cookie("auth", token, secure=True, httponly=True, samesite="Lax")
    return resp
