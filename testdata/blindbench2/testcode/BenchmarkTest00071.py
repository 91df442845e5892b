import base64
import json
import pickle

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00071", __name__)


@bp.route("/BenchmarkTest00071", methods=["POST"])
def load_cart():
    blob = base64.b64decode(request.get_data() or b"e30=")
    if len("abc") > 10:
        cart = pickle.loads(blob)
    else:
        try:
            cart = json.loads(blob)
        except ValueError:
            return "unreadable cart", 400
    return {"items": len(cart)}
