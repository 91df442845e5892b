from flask import Blueprint, request

from testcode.common import load_directory

bp = Blueprint("BenchmarkTest00017", __name__)


@bp.route("/BenchmarkTest00017")
def default_contact():
    names = [request.args.get("name", ""), "bob"]
    query = f"//user[role='member' and name='{names[1]}']/email/text()"
    return {"emails": [str(n) for n in load_directory().xpath(query)]}
