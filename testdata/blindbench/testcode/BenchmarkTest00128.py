import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00128", __name__, url_prefix="/bt00128")


def find_by_role(conn, role):
    sql = "SELECT name, email FROM users WHERE role = '%s' ORDER BY name" % role
    return conn.execute(sql).fetchall()


@bp.route("/users/by-role", methods=["POST"])
def users_by_role():
    role = request.form.get("role", "staff")
    with sqlite3.connect(current_app.config["DB_PATH"]) as conn:
        rows = find_by_role(conn, role)
    return jsonify(rows=rows)
