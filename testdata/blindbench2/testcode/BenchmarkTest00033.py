import hashlib

from flask import Blueprint, request

from testcode.common import ACCOUNTS, normalize

bp = Blueprint("BenchmarkTest00033", __name__)


@bp.route("/BenchmarkTest00033", methods=["POST"])
def register():
    user = normalize(request.form.get("user"))
    password = request.form.get("password", "")
    if not user or len(password) < 8:
        return "user and a password of 8+ characters required", 400
    ACCOUNTS[user] = hashlib.md5(password.encode("utf-8")).hexdigest()
    return {"registered": user}
