import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00136", __name__, url_prefix="/bt00136")


@bp.route("/users/lookup")
def lookup_user():
    name = request.args.get("name", "")
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE name = ?", (name,))
    rows = cur.fetchall()
    conn.close()
    return jsonify(users=rows)
