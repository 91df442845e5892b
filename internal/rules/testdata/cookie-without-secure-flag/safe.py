"""Safe look-alikes: Secure set or decided at run time, splats, deletions,
and set_cookie on objects that are not responses."""

import http.cookiejar

import requests
from flask import Flask, current_app, make_response, request

app = Flask(__name__)

COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/prefs", methods=["POST"])
def prefs():
    resp = make_response("ok")
    resp.set_cookie("theme", "dark", secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("session_id", "x", secure=current_app.config["SESSION_COOKIE_SECURE"])
    resp.set_cookie("remember_token", "y", secure=request.is_secure, httponly=True)
    resp.set_cookie("auth", "z", **COOKIE_OPTIONS)
    resp.set_cookie("token", "z", 3600, None, "/", None, True)
    resp.set_cookie(*("a", "b"))
    resp.delete_cookie("remember_token")
    return resp


def jar_cookie(cookie: http.cookiejar.Cookie):
    jar = http.cookiejar.CookieJar()
    jar.set_cookie(cookie)
    s = requests.Session()
    s.cookies.set_cookie(cookie)
    return jar


def test_login_cookie():
    client = app.test_client()
    client.set_cookie("session", "abc")
    app.test_client().set_cookie("remember_token", "x")


class Store:
    def set_cookie(self, cookie):
        self.cookie = cookie


def store(cookie):
    Store().set_cookie(cookie)


@app.route("/auth/session", methods=["POST"])
def new_auth_session():
    # Reads no request data; 4 * 4 < 10 is false, so only the secure
    # branch runs.
    resp = make_response("ok")
    if 4 * 4 < 10:
        resp.set_cookie("auth", "t")
    else:
        resp.set_cookie("auth", "t", secure=True, httponly=True, samesite="Lax")
    return resp
