from flask import Blueprint, request
from markupsafe import escape

from testcode.common import Params

bp = Blueprint("BenchmarkTest00006", __name__)


@bp.route("/BenchmarkTest00006")
def greet():
    name = Params(request).get("name", "guest")
    return f"<h1>Hello {escape(name)}</h1>"
