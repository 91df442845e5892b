import functools

from flask import Flask, render_template, request

# no authentication route: a GET login page, comments, a game reset
content = Flask(__name__)


@content.get("/login")
def login_page():
    return render_template("login.html")


@content.post("/comments")
def comment():
    return request.form["text"]


@content.post("/game/reset")
def reset_game():
    return "new game"


# the project's own limiter decorator
def rate_limited(limit):
    def wrap(view):
        @functools.wraps(view)
        def inner(*args, **kwargs):
            return view(*args, **kwargs)

        return inner

    return wrap


custom = Flask(__name__)


@custom.post("/login")
@rate_limited("5/minute")
def custom_login():
    return request.form["user"]
