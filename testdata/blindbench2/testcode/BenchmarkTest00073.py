import secrets

from flask import Blueprint, make_response

bp = Blueprint("BenchmarkTest00073", __name__)


@bp.route("/BenchmarkTest00073", methods=["POST"])
def issue_session():
    secure_flag = True
    if len("abc") > 10:
        secure_flag = False
    resp = make_response("issued")
    resp.set_cookie("session_id", secrets.token_hex(16), secure=secure_flag, httponly=True)
    return resp
