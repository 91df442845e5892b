"""Passwords from the request stored or compared as typed."""

import hmac
import sqlite3

from flask import Flask, request, session
from flask import request as rq
from flask_wtf import FlaskForm
from sqlalchemy import text
from wtforms import PasswordField, StringField

from models import User, db, mongo

app = Flask(__name__)


class ChangeForm(FlaskForm):
    username = StringField("Username")
    password = PasswordField("Password")


@app.post("/register")
def register():
    username = request.form["username"]
    password = request.form["password"].strip()
    user = User(username=username, password=password)  # want: FG0903
    user.password_hash = password  # want: FG0903
    db.session.add(user)
    conn = sqlite3.connect("app.db")
    conn.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, password))  # want: FG0903
    conn.execute(f"UPDATE users SET pwd = '{password}' WHERE username = ?", (username,))  # want: FG0903
    db.session.execute(text("UPDATE users SET password = :pw WHERE id = 1"), {"pw": password})  # want: FG0903
    mongo.db.users.insert_one({"username": username, "password": password})  # want: FG0903
    mongo.db.users.update_one({"username": username}, {"$set": {"password": password}})  # want: FG0903
    session["password"] = password  # want: FG0903
    return "ok"


@app.post("/login")
def login():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user is None or user.password != request.form["password"]:  # want: FG0903
        return "no", 401
    return "ok"


@app.post("/api/login")
def api_login():
    data = request.get_json()
    pw = data.get("password", "")
    conn = sqlite3.connect("app.db")
    row = conn.execute("SELECT * FROM users WHERE name = ? AND password = ?", (data["name"], pw)).fetchone()  # want: FG0903
    stored = row["password"]
    if hmac.compare_digest(stored, pw):  # want: FG0903
        return "ok"
    return "no", 401


@app.post("/admin")
def admin():
    if rq.form.get("password") == app.config["ADMIN_PASSWORD"]:  # want: FG0903
        return "ok"
    return "no", 401


@app.post("/change")
def change():
    form = ChangeForm()
    if form.validate_on_submit():
        User.create(username=form.username.data, password=form.password.data)  # want: FG0903
        found = mongo.db.users.find_one({"username": form.username.data, "password": form.password.data})  # want: FG0903
        return str(found)
    return "no", 400
