from flask import Blueprint, redirect, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00023", __name__)


class LoginFlow:
    def __init__(self, form):
        self.user = form.get("user", "")
        self.target = form.get("return_to") or "/home"

    def finish(self):
        return redirect(self.target, code=303)


class LoginView(MethodView):
    def post(self):
        flow = LoginFlow(request.form)
        if not flow.user:
            return "user required", 400
        return flow.finish()


bp.add_url_rule("/BenchmarkTest00023", view_func=LoginView.as_view("login"))
