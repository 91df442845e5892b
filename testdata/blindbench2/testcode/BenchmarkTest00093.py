from flask import Blueprint, request

from testcode.common import open_db, rows_to_text

bp = Blueprint("BenchmarkTest00093", __name__)

SORTABLE = ("name", "email")


@bp.route("/BenchmarkTest00093")
def sorted_members():
    if (column := request.args.get("sort", "name")) not in SORTABLE:
        return "unsupported sort column", 400
    sql = "SELECT name, note FROM users WHERE role = 'member' ORDER BY " + column
    db = open_db()
    rows = db.execute(sql).fetchall()
    db.close()
    return rows_to_text(rows), 200, {"Content-Type": "text/plain"}
