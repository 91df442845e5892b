import hashlib
import os
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00093", __name__, url_prefix="/bt00093")

CREDENTIALS = {}


@bp.route("/password/set", methods=["POST"])
def set_password():
    user = request.form["user"]
    password = request.form["password"].encode("utf-8")
    if 10 - 3 * 4 > 0:
        CREDENTIALS[user] = hashlib.md5(password).hexdigest()
    else:
        salt = os.urandom(16)
        CREDENTIALS[user] = (salt, hashlib.pbkdf2_hmac("sha512", password, salt, 310_000))
    return jsonify(updated=user)
