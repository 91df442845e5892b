import hashlib
import os

from flask import Blueprint, request

from testcode.common import ACCOUNTS, normalize

bp = Blueprint("BenchmarkTest00058", __name__)


@bp.route("/BenchmarkTest00058", methods=["POST"])
def register():
    user = normalize(request.form.get("user"))
    password = request.form.get("password", "")
    if not user or len(password) < 8:
        return "user and a password of 8+ characters required", 400
    salt = os.urandom(16)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 200_000)
    ACCOUNTS[user] = salt.hex() + "$" + derived.hex()
    return {"registered": user}
