import secrets
from flask import Blueprint, request, session, jsonify

bp = Blueprint("bt00113", __name__, url_prefix="/bt00113")


@bp.route("/checkout/start", methods=["POST"])
def start_checkout():
    note = request.form.get("note", "")
    session["checkout_nonce"] = secrets.token_hex(16)
    return jsonify(note_length=len(note))
