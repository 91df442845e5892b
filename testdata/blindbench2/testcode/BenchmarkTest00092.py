from urllib.parse import urlparse

from flask import Blueprint, redirect, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00092", __name__)

ALLOWED_HOSTS = {"example.org", "www.example.org"}


class LoginView(MethodView):
    def post(self):
        target = request.form.get("return_to") or "https://example.org/home"
        parts = urlparse(target)
        if parts.scheme not in ("http", "https") or parts.netloc not in ALLOWED_HOSTS:
            target = "https://example.org/home"
        return redirect(target, code=303)


bp.add_url_rule("/BenchmarkTest00092", view_func=LoginView.as_view("login"))
