import secrets
from flask import make_response, request

from app import app


@app.route("/bt00036/signin", methods=["POST"])
def sign_in():
    user = request.form.get("user", "guest")
    token = secrets.token_urlsafe(32)
    resp = make_response(f"signed in as {len(user)}")
    resp.set_cookie("session_id", token)
    return resp
