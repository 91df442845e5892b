from flask import Blueprint, jsonify, request

bp = Blueprint("bt00098", __name__, url_prefix="/bt00098")


@bp.route("/api/echo", methods=["POST"])
def api_echo():
    data = request.get_json(silent=True) or {}
    return jsonify(message="<b>" + str(data.get("message", "")) + "</b>")
