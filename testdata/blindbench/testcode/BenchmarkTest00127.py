import sqlite3
from flask import current_app, request, jsonify

from app import app


@app.route("/bt00127/users/search", methods=["POST"])
def search_users():
    body = request.get_json(silent=True) or {}
    params = {"role": body.get("role", ""), "limit": 10}
    sql = "SELECT name, email FROM users WHERE role = :role LIMIT :limit"
    with sqlite3.connect(current_app.config["DB_PATH"]) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(rows=rows)
