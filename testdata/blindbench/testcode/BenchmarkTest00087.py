import sqlite3
from flask import current_app, request, jsonify

from app import app


@app.route("/bt00087/admins")
def list_admins():
    query = {"sql": "SELECT name, email FROM users WHERE role = 'admin'", "label": request.args.get("label", "")}
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    rows = conn.execute(query["sql"]).fetchall()
    conn.close()
    return jsonify(label=query["label"], rows=rows)
