from flask import Blueprint, request

from testcode.common import Params

bp = Blueprint("BenchmarkTest00035", __name__)


@bp.route("/BenchmarkTest00035")
def shout():
    text = Params(request).get("text")
    loud = eval("value.upper()", {"__builtins__": {}}, {"value": text})
    return {"loud": loud}
