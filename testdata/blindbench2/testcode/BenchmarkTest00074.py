from flask import Blueprint, request
from flask.views import MethodView

from testcode.common import load_directory, normalize

bp = Blueprint("BenchmarkTest00074", __name__)


class EmailView(MethodView):
    def get(self):
        name = normalize(request.args.get("name", ""))
        tree = load_directory()
        found = tree.xpath("//user[role='member' and name=$n]/email/text()", n=name)
        return {"emails": [str(e) for e in found]}


bp.add_url_rule("/BenchmarkTest00074", view_func=EmailView.as_view("emails"))
