from flask import Blueprint, request, session

bp = Blueprint("BenchmarkTest00012", __name__)


@bp.route("/BenchmarkTest00012", methods=["POST"])
def save_profile():
    payload = request.get_json(silent=True) or {}
    for key, value in payload.items():
        session[key] = value
    return {"saved": sorted(payload)}
