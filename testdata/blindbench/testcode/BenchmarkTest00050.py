from flask import Blueprint, request, session, jsonify

bp = Blueprint("bt00050", __name__, url_prefix="/bt00050")


@bp.route("/currency")
def set_currency():
    wanted = request.cookies.get("currency", "EUR")
    options = ["EUR", wanted]
    session["currency"] = options[0]
    return jsonify(currency=session["currency"])
