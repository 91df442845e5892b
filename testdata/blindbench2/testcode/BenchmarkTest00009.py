from flask import Blueprint, make_response

from testcode.common import page

bp = Blueprint("BenchmarkTest00009", __name__)


@bp.route("/BenchmarkTest00009/<path:tags>")
def tag_list(tags):
    items = ""
    for tag in tags.split(","):
        items += "<li>" + tag + "</li>"
    return make_response(page("Tags", "<ul>" + items + "</ul>"))
