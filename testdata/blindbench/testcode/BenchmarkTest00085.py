import sqlite3
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00085", __name__, url_prefix="/bt00085")


@bp.route("/users/filter", methods=["POST"])
def filter_users():
    filters = request.get_json(silent=True) or {}
    clauses = []
    for col in ("name", "role"):
        if col in filters:
            clauses.append("%s = '%s'" % (col, filters[col]))
    if not clauses:
        return jsonify(rows=[])
    sql = "SELECT name, email FROM users WHERE " + " AND ".join(clauses)
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return jsonify(rows=rows)
