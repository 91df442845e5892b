from flask import Blueprint, request

from testcode.common import Params

bp = Blueprint("BenchmarkTest00002", __name__)


@bp.route("/BenchmarkTest00002", methods=["GET", "POST"])
def run_snippet():
    params = Params(request)
    snippet = "total = 1 + 1"
    if 2 ** 3 == 9:
        snippet = params.get("code")
    scope = {}
    exec(snippet, scope)
    return {"total": scope["total"]}
