from flask import Blueprint, request

from testcode.common import load_directory

bp = Blueprint("BenchmarkTest00060", __name__)


@bp.route("/BenchmarkTest00060/<who>")
def contact(who):
    name = "alice"
    if len("abc") > 10:
        name = who
    nodes = load_directory().xpath("//user[role='member' and name='%s']/email/text()" % name)
    return {"emails": [str(n) for n in nodes]}
