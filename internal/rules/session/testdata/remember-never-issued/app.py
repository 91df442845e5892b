from flask import Flask, redirect, request
from flask_login import LoginManager, login_user

app = Flask(__name__)
app.config["REMEMBER_COOKIE_SECURE"] = False
app.config["REMEMBER_COOKIE_HTTPONLY"] = False
login_manager = LoginManager(app)


@app.post("/login")
def login():
    login_user(load(request.form["name"]))  # no remember: no remember-me cookie
    return redirect("/")


def load(name):
    return None
