from flask import Blueprint, request

from testcode.common import open_db, pick, rows_to_text

bp = Blueprint("BenchmarkTest00020", __name__)


@bp.route("/BenchmarkTest00020")
def featured_member():
    bag = {"user": request.args.get("name", ""), "fixed": "alice"}
    sql = f"SELECT name, note FROM users WHERE role = 'member' AND name = '{pick(bag, 'fixed')}'"
    db = open_db()
    rows = db.execute(sql).fetchall()
    db.close()
    return rows_to_text(rows), 200, {"Content-Type": "text/plain"}
