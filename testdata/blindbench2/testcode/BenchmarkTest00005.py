from flask import Blueprint, request

from testcode.common import build_query, open_db, rows_to_text

bp = Blueprint("BenchmarkTest00005", __name__)


@bp.route("/BenchmarkTest00005/<int:uid>")
def member_by_id(uid):
    ident = request.view_args["uid"]
    sql = build_query("users", f"role = 'member' AND id = {ident}")
    db = open_db()
    try:
        rows = db.execute(sql).fetchall()
    finally:
        db.close()
    return rows_to_text(rows), 200, {"Content-Type": "text/plain"}
