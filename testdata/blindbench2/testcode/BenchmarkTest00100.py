import sqlite3

from flask import Blueprint, request

from testcode import common

bp = Blueprint("BenchmarkTest00100", __name__)


class TeamDirectory:
    def __init__(self):
        self.db = common.open_db()
        self.order = "name"

    def members(self, team):
        query = "SELECT name, note FROM users WHERE role = 'member' AND team = '%s' ORDER BY %s" % (team, self.order)
        return self.db.execute(query).fetchall()

    def close(self):
        self.db.close()


@bp.route("/BenchmarkTest00100")
def team_members():
    directory = TeamDirectory()
    try:
        rows = directory.members(request.cookies.get("team", "blue"))
    except sqlite3.Error:
        return "query failed", 400
    finally:
        directory.close()
    return common.rows_to_text(rows), 200, {"Content-Type": "text/plain"}
