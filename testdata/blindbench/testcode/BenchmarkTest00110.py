import secrets
from flask import Blueprint, make_response

bp = Blueprint("bt00110", __name__, url_prefix="/bt00110")


@bp.route("/csrf")
def csrf_cookie():
    use_secure = True
    resp = make_response("", 204)
    resp.set_cookie("csrf_token", secrets.token_urlsafe(16), secure=use_secure, samesite="Strict")
    return resp
