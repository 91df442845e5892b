import random

from flask import Blueprint, make_response, request

bp = Blueprint("BenchmarkTest00098", __name__)


@bp.route("/BenchmarkTest00098", methods=["POST"])
def start_session():
    user = request.form.get("user", "guest")
    sid = "%032x" % random.getrandbits(128)
    resp = make_response({"user": user})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")
    return resp
