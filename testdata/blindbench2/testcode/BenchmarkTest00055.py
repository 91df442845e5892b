import secrets

from flask import Blueprint, make_response
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00055", __name__)

BASE_OPTIONS = {"httponly": True, "secure": False, "max_age": 3600}


class SessionView(MethodView):
    def post(self):
        opts = dict(BASE_OPTIONS)
        opts["secure"] = True
        resp = make_response("session opened")
        resp.set_cookie("sid", secrets.token_hex(16), **opts)
        return resp


bp.add_url_rule("/BenchmarkTest00055", view_func=SessionView.as_view("session"))
