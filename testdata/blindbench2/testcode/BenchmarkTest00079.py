import secrets

from flask import Blueprint, make_response
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00079", __name__)


class SessionView(MethodView):
    def post(self):
        opts = {"httponly": True, "secure": False, "max_age": 3600}
        resp = make_response("session opened")
        resp.set_cookie("sid", secrets.token_hex(16), **opts)
        return resp


bp.add_url_rule("/BenchmarkTest00079", view_func=SessionView.as_view("session"))
