from flask import Blueprint, request

from testcode.common import Params, load_directory

bp = Blueprint("BenchmarkTest00015", __name__)


@bp.route("/BenchmarkTest00015", methods=["GET", "POST"])
def email_of():
    name = Params(request).get("name")
    if not name.isalnum():
        return "names are letters and digits only", 400
    nodes = load_directory().xpath("//user[role='member' and name='" + name + "']/email/text()")
    return {"emails": [str(n) for n in nodes]}
