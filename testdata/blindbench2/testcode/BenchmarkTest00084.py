from contextlib import closing

from flask import Blueprint, request
from flask.views import MethodView

from testcode.common import Params, normalize, open_db

bp = Blueprint("BenchmarkTest00084", __name__)


class MemberLookup(MethodView):
    def get(self):
        params = Params(request)
        name = normalize(params.get("name"))
        sql = "SELECT name, note FROM users WHERE role = 'member' AND name = ?"
        with closing(open_db()) as db:
            rows = db.execute(sql, (name,)).fetchall()
        return {"rows": [list(r) for r in rows]}


bp.add_url_rule("/BenchmarkTest00084", view_func=MemberLookup.as_view("lookup"))
