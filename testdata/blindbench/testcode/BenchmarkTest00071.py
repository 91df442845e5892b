import random
import string
from flask import jsonify

from app import app

_sysrand = random.SystemRandom()
CHARS = string.ascii_letters + string.digits + "!@#$%"


@app.route("/bt00071/password/generate")
def generate_password():
    pw = "".join(_sysrand.choice(CHARS) for _ in range(20))
    return jsonify(password=pw)
