from flask import Blueprint, request, send_from_directory

from testcode.common import FILES_DIR

bp = Blueprint("BenchmarkTest00105", __name__)


@bp.route("/BenchmarkTest00105", methods=["POST"])
def fetch_document():
    payload = request.get_json(silent=True) or {}
    name = payload.get("doc") or "readme.txt"
    return send_from_directory(FILES_DIR, name, mimetype="text/plain")
