from flask import Blueprint, request

from testcode.common import page, pick

bp = Blueprint("BenchmarkTest00057", __name__)


@bp.route("/BenchmarkTest00057", methods=["GET", "POST"])
def banner():
    parts = {"query": request.values.get("q", ""), "title": "Welcome back"}
    heading = pick(parts, "title")
    return page(heading, "<h2>" + heading + "</h2>")
