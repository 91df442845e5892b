from flask import Blueprint, request

from testcode.common import page

bp = Blueprint("BenchmarkTest00008", __name__)


@bp.route("/BenchmarkTest00008")
def results_page():
    try:
        number = int(request.args.get("page", "1"))
    except ValueError:
        number = 1
    return page("Results", f"<p>Showing page {number:d} of results</p>")
