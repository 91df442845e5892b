from flask import Blueprint, request, session
from flask.views import MethodView

from testcode.common import Params

bp = Blueprint("BenchmarkTest00111", __name__)


class SignInView(MethodView):
    def post(self):
        params = Params(request)
        if not (user := params.get("user")):
            return "user required", 400
        session["user"] = user
        return {"signed_in": True}


bp.add_url_rule("/BenchmarkTest00111", view_func=SignInView.as_view("signin"))
