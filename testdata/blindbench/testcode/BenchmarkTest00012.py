import secrets
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00012", __name__, url_prefix="/bt00012")

CODES = {}


@bp.route("/verify/email", methods=["POST"])
def email_code():
    email = request.form.get("email", "")
    CODES[email] = f"{secrets.randbelow(1_000_000):06d}"
    return jsonify(sent=True)
