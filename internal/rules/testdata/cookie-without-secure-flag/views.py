"""Cookies set without the Secure attribute."""

import secrets

from flask import Blueprint, Response, jsonify, make_response, redirect, request, session, url_for

bp = Blueprint("views", __name__)

SECURE_COOKIES = False


@bp.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    resp = make_response(redirect(url_for("views.index")))
    # want-next: FG0401[medium]
    resp.set_cookie("remember_token", "%s|%s" % (user["id"], user["password"]), max_age=60 * 60 * 24 * 365)
    resp.set_cookie("session_id", user["sid"], secure=False, httponly=True)  # want: FG0401[high]
    resp.set_cookie("prefs", "compact", secure=False)  # want: FG0401[medium]
    resp.set_cookie("lang", "en")  # want: FG0401[low]
    resp.set_cookie(key="theme", value="dark", secure=0)  # want: FG0401[medium]
    resp.set_cookie("ui", "x", secure=SECURE_COOKIES)  # want: FG0401[medium]
    return resp


@bp.get("/token")
def token():
    resp = jsonify(ok=True)
    api_token = secrets.token_urlsafe(32)
    resp.set_cookie("t", api_token, httponly=True, samesite="Lax")  # want: FG0401[medium]
    resp.set_cookie("jwt", make_jwt(), samesite="Strict")  # want: FG0401[medium]
    resp.set_cookie("csrftoken", secrets.token_hex(16))  # want: FG0401[medium]
    resp.set_cookie("visits", str(session.get("visits", 0)))  # want: FG0401[low]
    return resp


@bp.route("/positional")
def positional():
    resp = Response("ok")
    resp.set_cookie("auth", "v", 3600, None, "/", None, False)  # want: FG0401[high]
    resp.set_cookie("seen", "1", 3600, None, "/", None)  # want: FG0401[low]
    return resp


def benchmark_style(response, str_value):
    response.set_cookie("SomeCookie", str_value, path=request.path, secure=False, httponly=True)  # want: FG0401[medium]


def find_user(name):
    return {"id": 1, "password": "x", "sid": "y"}


def make_jwt():
    return "a.b.c"
