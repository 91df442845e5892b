import secrets
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00097", __name__, url_prefix="/bt00097")

INVITES = {}


@bp.route("/invite", methods=["POST"])
def create_invite():
    email = request.form.get("email", "")
    code = secrets.token_urlsafe(24)
    INVITES[code] = email
    return jsonify(invited=email)
