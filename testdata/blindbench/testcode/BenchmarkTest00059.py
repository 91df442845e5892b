import random
from flask import Blueprint, make_response

bp = Blueprint("bt00059", __name__, url_prefix="/bt00059")

SESSIONS = {}


@bp.route("/session/new", methods=["POST"])
def new_session():
    sid = str(random.random())[2:] + str(random.getrandbits(32))
    SESSIONS[sid] = {"user": None}
    resp = make_response({"created": True})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")
    return resp
