import sqlite3
from flask import current_app, request, jsonify

from app import app


class UserRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def profile(self, user_id):
        cur = self.conn.execute("SELECT name, email FROM users WHERE id = " + user_id)
        return cur.fetchall()


@app.route("/bt00137/me")
def my_profile():
    uid = request.cookies.get("uid", "0")
    repo = UserRepository(current_app.config["DB_PATH"])
    return jsonify(profile=repo.profile(uid))
