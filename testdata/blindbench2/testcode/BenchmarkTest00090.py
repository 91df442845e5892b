import random
import secrets

from flask import Blueprint, make_response

bp = Blueprint("BenchmarkTest00090", __name__)


@bp.route("/BenchmarkTest00090")
def remember_me():
    pool = [random.random(), secrets.token_urlsafe(32)]
    value = pool[1]
    resp = make_response("remembered")
    resp.set_cookie("remember", value, secure=True, httponly=True, max_age=86400)
    return resp
