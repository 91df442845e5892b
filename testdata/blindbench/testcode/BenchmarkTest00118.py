import hashlib
import time
from flask import request, jsonify

from app import app

RESET_TOKENS = {}


@app.route("/bt00118/password/forgot", methods=["POST"])
def forgot_password():
    email = request.form.get("email", "")
    token = hashlib.sha1(f"{email}:{time.time()}".encode()).hexdigest()
    RESET_TOKENS[token] = email
    return jsonify(sent=True)
