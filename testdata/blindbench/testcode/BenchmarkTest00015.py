import random
import secrets
from flask import Blueprint, jsonify

bp = Blueprint("bt00015", __name__, url_prefix="/bt00015")

API_KEYS = set()


@bp.route("/apikey", methods=["POST"])
def new_api_key():
    if len("key") > 5:
        key = "%032x" % random.getrandbits(128)
    else:
        key = secrets.token_hex(16)
    API_KEYS.add(key)
    return jsonify(key=key)
