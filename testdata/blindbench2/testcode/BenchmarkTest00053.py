from flask import Blueprint, request

from testcode.common import build_query, open_db

bp = Blueprint("BenchmarkTest00053", __name__)


@bp.route("/BenchmarkTest00053", methods=["POST"])
def search_members():
    payload = request.get_json(silent=True) or {}
    clauses = ["role = 'member'"]
    for field in ("name", "email"):
        if (value := payload.get(field)):
            clauses.append(field + " = '" + value + "'")
    sql = build_query("users", " AND ".join(clauses))
    db = open_db()
    try:
        rows = db.execute(sql).fetchall()
    finally:
        db.close()
    body = "\n".join(f"{r[0]:<12}{r[1]}" for r in rows)
    return body, 200, {"Content-Type": "text/plain"}
