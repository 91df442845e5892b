import base64
import pickle
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00116", __name__, url_prefix="/bt00116")


@bp.route("/cart")
def view_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    items = pickle.loads(base64.b64decode(raw))
    return jsonify(items=list(items) if isinstance(items, (list, tuple)) else [])
