import random
import string
from flask import request, jsonify

from app import app

ALPHABET = string.ascii_letters + string.digits
RESET_REQUESTS = {}


@app.route("/bt00028/reset", methods=["POST"])
def request_reset():
    email = request.form.get("email", "")
    token = "".join(random.choice(ALPHABET) for _ in range(24))
    RESET_REQUESTS[token] = email
    return jsonify(queued=True)
