import html

from flask import Blueprint, make_response

from testcode.common import page

bp = Blueprint("BenchmarkTest00041", __name__)


@bp.route("/BenchmarkTest00041/<path:tags>")
def tag_list(tags):
    items = "".join("<li>" + html.escape(tag) + "</li>" for tag in tags.split(","))
    return make_response(page("Tags", "<ul>" + items + "</ul>"))
