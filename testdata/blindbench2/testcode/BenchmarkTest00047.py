import random

from flask import Blueprint, make_response, request

bp = Blueprint("BenchmarkTest00047", __name__)

RNG = random.SystemRandom()


@bp.route("/BenchmarkTest00047", methods=["POST"])
def start_session():
    user = request.form.get("user", "guest")
    sid = "%032x" % RNG.getrandbits(128)
    resp = make_response({"user": user})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")
    return resp
