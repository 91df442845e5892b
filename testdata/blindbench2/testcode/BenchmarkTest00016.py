from flask import Blueprint, request

from testcode.common import load_directory

bp = Blueprint("BenchmarkTest00016", __name__)


@bp.route("/BenchmarkTest00016", methods=["POST"])
def filter_members():
    criteria = request.get_json(silent=True) or {}
    predicate = "role='member'"
    for field in ("name", "email"):
        if field in criteria:
            predicate += " and {}='{}'".format(field, criteria[field])
    nodes = load_directory().xpath("//user[{}]/email/text()".format(predicate))
    return {"emails": [str(n) for n in nodes]}
