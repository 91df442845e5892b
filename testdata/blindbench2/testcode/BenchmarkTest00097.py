import hashlib
import secrets

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00097", __name__)

SERVER_KEY = secrets.token_bytes(32)
SESSIONS = {}


@bp.route("/BenchmarkTest00097", methods=["POST"])
def open_session():
    user = request.form.get("user", "guest")
    token = secrets.token_hex(16)
    digest = hashlib.blake2b(token.encode(), key=SERVER_KEY, digest_size=32).hexdigest()
    SESSIONS[digest] = user
    return {"token": token}
