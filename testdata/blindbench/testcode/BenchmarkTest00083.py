import hashlib
import hmac
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00083", __name__, url_prefix="/bt00083")

STORED_FINGERPRINT = "5d41402abc4b2a76b9719d911017c592"


def fingerprint(secret):
    h = hashlib.new("md5")
    h.update(secret.encode("utf-8"))
    return h.hexdigest()


@bp.route("/api/verify", methods=["POST"])
def verify_api_key():
    key = request.headers.get("X-Api-Key", "")
    ok = hmac.compare_digest(fingerprint(key), STORED_FINGERPRINT)
    return jsonify(valid=ok), (200 if ok else 401)
