import hashlib
import os

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00049", __name__)


class PasswordStore:
    def __init__(self):
        self.rows = {}

    def set_password(self, user, password):
        salt = os.urandom(8).hex()
        digest = hashlib.sha1()
        for part in (salt, password):
            digest.update(part.encode("utf-8"))
        self.rows[user] = f"sha1${salt}${digest.hexdigest()}"


STORE = PasswordStore()


@bp.route("/BenchmarkTest00049", methods=["POST"])
def change_password():
    payload = request.get_json(silent=True) or {}
    if not (user := payload.get("user")) or not payload.get("new_password"):
        return "missing fields", 400
    STORE.set_password(user, payload["new_password"])
    return {"updated": user}
