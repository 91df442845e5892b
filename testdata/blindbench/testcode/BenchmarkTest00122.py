import uuid
from flask import make_response, request

from app import app

SESSION_COOKIE = "sid"


def attach_session(resp, sid):
    resp.set_cookie(SESSION_COOKIE, sid, httponly=True, path="/")
    return resp


@app.route("/bt00122/start")
def start_session():
    resp = make_response({"lang": request.accept_languages.best or "en"})
    return attach_session(resp, uuid.uuid4().hex)
