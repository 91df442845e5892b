import secrets
from flask import Blueprint, make_response, request

bp = Blueprint("bt00092", __name__, url_prefix="/bt00092")


@bp.route("/sso/callback")
def sso_callback():
    state = request.args.get("state", "")
    resp = make_response({"state_len": len(state)})
    resp.set_cookie("auth", secrets.token_urlsafe(32), 3600, None, "/", None, True, True, "Strict")
    return resp
