import hmac
import secrets

from flask import Blueprint, request, session
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00065", __name__)


class FormTokenView(MethodView):
    def get(self):
        session["form_token"] = secrets.token_hex(16)
        return {"form_token": session["form_token"]}

    def post(self):
        sent = request.form.get("form_token", "")
        expected = session.get("form_token", "")
        session["form_ok"] = hmac.compare_digest(sent, expected)
        return {"accepted": session["form_ok"]}


bp.add_url_rule("/BenchmarkTest00065", view_func=FormTokenView.as_view("token"))
