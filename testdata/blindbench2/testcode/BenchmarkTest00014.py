import random
import secrets

from flask import Blueprint, session

bp = Blueprint("BenchmarkTest00014", __name__)


@bp.route("/BenchmarkTest00014")
def csrf_token():
    if len("abc") > 10:
        token = str(random.random())[2:]
    else:
        token = secrets.token_hex(16)
    session["csrf_token"] = token
    return {"csrf_token": token}
