import hashlib
import hmac
from flask import Blueprint, abort, current_app, request, jsonify

bp = Blueprint("bt00057", __name__, url_prefix="/bt00057")


@bp.route("/webhooks/payment", methods=["POST"])
def payment_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Signature", "")
    key = current_app.config["SECRET_KEY"].encode("utf-8")
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        abort(401)
    return jsonify(received=True)
