from flask import Blueprint, request
from flask.views import MethodView

from testcode.common import load_directory, normalize

bp = Blueprint("BenchmarkTest00022", __name__)


class EmailView(MethodView):
    def get(self):
        name = normalize(request.args.get("name", ""))
        tree = load_directory()
        found = tree.xpath(f"//user[role='member' and name='{name}']/email/text()")
        return {"emails": [str(e) for e in found]}


bp.add_url_rule("/BenchmarkTest00022", view_func=EmailView.as_view("emails"))
