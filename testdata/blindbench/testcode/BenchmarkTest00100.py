import sqlite3
from flask import current_app, request, jsonify

from app import app


@app.route("/bt00100/users/find")
def find_user():
    name = request.args.get("name", "")
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    cur = conn.cursor()
    cur.execute(f"SELECT name, email FROM users WHERE name = '{name}'")
    rows = cur.fetchall()
    conn.close()
    return jsonify(users=[{"name": r[0], "email": r[1]} for r in rows])
