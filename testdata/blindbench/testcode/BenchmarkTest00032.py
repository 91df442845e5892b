import secrets
from flask import Blueprint, make_response, request

bp = Blueprint("bt00032", __name__, url_prefix="/bt00032")


@bp.route("/login", methods=["POST"])
def login_view():
    user = request.form.get("user", "guest")
    resp = make_response({"user": user})
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp
