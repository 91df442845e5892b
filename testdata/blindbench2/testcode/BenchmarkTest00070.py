from flask import Blueprint, request

from testcode.common import build_query, open_db, rows_to_text

bp = Blueprint("BenchmarkTest00070", __name__)


@bp.route("/BenchmarkTest00070", methods=["GET", "POST"])
def member_card():
    candidates = [request.values.get("name", ""), "bob"]
    target = candidates[1]
    if len("abc") > 10:
        target = candidates[0]
    sql = build_query("users", "role = 'member' AND name = '" + target + "'")
    db = open_db()
    rows = db.execute(sql).fetchall()
    db.close()
    return rows_to_text(rows), 200, {"Content-Type": "text/plain"}
