import base64
import json
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00094", __name__, url_prefix="/bt00094")


@bp.route("/prefs/load")
def load_prefs():
    raw = request.cookies.get("prefs", "")
    try:
        prefs = json.loads(base64.b64decode(raw).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        prefs = {}
    return jsonify(prefs=prefs if isinstance(prefs, dict) else {})
