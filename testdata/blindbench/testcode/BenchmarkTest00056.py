import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00056", __name__, url_prefix="/bt00056")

SORTABLE = {"name", "email"}


@bp.route("/users/list")
def list_users():
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    rows = conn.execute("SELECT name, email FROM users WHERE role = 'staff' ORDER BY " + sort).fetchall()
    conn.close()
    return jsonify(rows=rows)
