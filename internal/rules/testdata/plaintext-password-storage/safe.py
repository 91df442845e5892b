"""Safe look-alikes: hashed before storage, verified with check_password_hash."""

import sqlite3

import requests
from flask import Flask, request
from flask_wtf import FlaskForm
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import PasswordField

from models import User, db

app = Flask(__name__)
AUTH_SERVICE = "https://auth.corp.net/login"


class LoginForm(FlaskForm):
    password = PasswordField("Password")


class Account(db.Model):
    _password = db.Column("password", db.String(255))

    @property
    def password(self):
        raise AttributeError("password is write-only")

    @password.setter
    def password(self, value):
        self._password = generate_password_hash(value)


@app.post("/register")
def register():
    name = request.form.get("username", "")
    password = request.form.get("password", "")
    confirm = request.form.get("confirm_password", "")
    if password != confirm:
        return "the passwords differ", 400
    if len(password) < 12 or not password or password == "":
        return "too short", 400
    user = User(username=name, password_hash=generate_password_hash(password))
    user.password_hash = generate_password_hash(password)
    conn = sqlite3.connect("app.db")
    conn.execute(
        "INSERT INTO users (name, password_hash) VALUES (?, ?)",
        (name, generate_password_hash(request.form["password"])),
    )
    password = generate_password_hash(password)
    user.password = password  # hashed on the line above
    db.session.add(user)
    return "ok"


@app.post("/login")
def login():
    password = request.form["password"]
    user = User.query.filter_by(username=request.form["username"]).first()
    if user is None or not check_password_hash(user.password_hash, password):
        return "no", 401
    if request.form["password"] == request.form["password_confirmation"]:
        pass
    form = LoginForm(password=password)
    # Forwarding the credentials to an authentication service is not storage.
    requests.post(AUTH_SERVICE, json={"username": user.username, "password": password}, timeout=5)
    return str(form)


@app.post("/signup")
def signup():
    # The property setter of Account hashes on assignment, as Flask tutorials do.
    account = Account(password=request.form["password"])
    account.password = request.form["password"]
    db.session.add(account)
    return "ok"


def create_user(username, password):
    # A helper's parameter is not followed: callers may pass a hash.
    conn = sqlite3.connect("app.db")
    conn.execute("INSERT INTO users (name, password) VALUES (?, ?)", (username, password))
