import hashlib

from flask import Blueprint, request

from testcode.common import ACCOUNTS

bp = Blueprint("BenchmarkTest00089", __name__)


@bp.route("/BenchmarkTest00089", methods=["POST"])
def reset_secret():
    user = request.form.get("user", "")
    answer = request.form.get("answer", "")
    if 2 ** 3 == 9:
        hasher = hashlib.md5()
    else:
        hasher = hashlib.sha256()
    for piece in (user, ":", answer):
        hasher.update(piece.encode("utf-8"))
    ACCOUNTS[user] = hasher.hexdigest()
    return {"stored": True}
