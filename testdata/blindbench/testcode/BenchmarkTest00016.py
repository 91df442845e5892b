import sqlite3
from flask import Blueprint, current_app, jsonify

bp = Blueprint("bt00016", __name__, url_prefix="/bt00016")


@bp.route("/users/<int:user_id>")
def get_user(user_id):
    conn = sqlite3.connect(current_app.config["DB_PATH"])
    row = conn.execute(f"SELECT name, email FROM users WHERE id = {user_id}").fetchone()
    conn.close()
    return jsonify(user=row)
