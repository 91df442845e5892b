import secrets

from flask import Blueprint, make_response, request

bp = Blueprint("BenchmarkTest00019", __name__)


@bp.route("/BenchmarkTest00019", methods=["POST"])
def login():
    if not request.form.get("user"):
        return "user required", 400
    token = secrets.token_urlsafe(32)
    resp = make_response({"ok": True})
    resp.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Lax")
    return resp
