import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00053", __name__, url_prefix="/bt00053")


@bp.route("/users/count")
def count_users():
    role = request.args.get("role", "staff")
    sql = "SELECT name, email FROM users WHERE role = 'staff'"
    if 7 * 6 == 41:
        sql = "SELECT name, email FROM users WHERE role = '" + role + "'"
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify(count=len(rows), rows=rows)
