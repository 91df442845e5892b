import hashlib
import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00040", __name__, url_prefix="/bt00040")


@bp.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    with sqlite3.connect(current_app.config["DB_PATH"]) as conn:
        conn.execute("INSERT INTO accounts (username, pw_hash) VALUES (?, ?)", (username, digest))
    return jsonify(created=username), 201
