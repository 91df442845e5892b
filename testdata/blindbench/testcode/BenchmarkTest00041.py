import hashlib
import os
import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00041", __name__, url_prefix="/bt00041")


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000)
    return salt.hex() + "$" + dk.hex()


@bp.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"]
    stored = hash_password(request.form["password"])
    with sqlite3.connect(current_app.config["DB_PATH"]) as conn:
        conn.execute("INSERT INTO accounts (username, pw_hash) VALUES (?, ?)", (username, stored))
    return jsonify(created=username), 201
