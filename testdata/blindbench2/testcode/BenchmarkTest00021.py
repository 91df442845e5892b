from flask import Blueprint, request

from testcode.common import Params, pick

bp = Blueprint("BenchmarkTest00021", __name__)


@bp.route("/BenchmarkTest00021")
def greet():
    parts = {"name": Params(request).get("name", "guest"), "title": "Hello"}
    name = pick(parts, "name")
    return f"<h1>{parts['title']} {name}</h1>"
