import hashlib
import secrets
from flask import request, jsonify

from app import app

API_TOKENS = {}


@app.route("/bt00103/tokens", methods=["POST"])
def issue_token():
    owner = request.form.get("owner", "anonymous")
    algorithms = {"legacy": "md5", "current": "sha256"}
    raw = secrets.token_urlsafe(32)
    digest = hashlib.new(algorithms["current"], raw.encode("ascii")).hexdigest()
    API_TOKENS[digest] = owner
    return jsonify(token=raw)
