from flask import Blueprint, request, session, jsonify

bp = Blueprint("bt00054", __name__, url_prefix="/bt00054")


@bp.route("/prefs", methods=["PUT"])
def save_prefs():
    prefs = request.get_json(silent=True) or {}
    session["prefs"] = prefs
    return jsonify(saved=sorted(prefs))
