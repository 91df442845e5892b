import secrets
from flask import Blueprint, jsonify, request

bp = Blueprint("bt00021", __name__, url_prefix="/bt00021")


@bp.route("/api/auth", methods=["POST"])
def api_auth():
    data = request.get_json(silent=True) or {}
    resp = jsonify(user=data.get("user"))
    resp.set_cookie("auth_token", secrets.token_hex(24), httponly=True, samesite="Lax", max_age=3600)
    return resp
