import uuid
from flask import Blueprint, make_response

bp = Blueprint("bt00107", __name__, url_prefix="/bt00107")

SESSIONS = {}


@bp.route("/session/open", methods=["POST"])
def open_session():
    sid = uuid.uuid4().hex
    SESSIONS[sid] = {}
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")
    return resp
