import secrets

from flask import Blueprint, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00085", __name__)


class TokenFactory:
    def __init__(self):
        self.draw = secrets.randbelow
        self.size = 16

    def api_key(self):
        return "".join(f"{self.draw(256):02x}" for _ in range(self.size))


class ApiKeyView(MethodView):
    def post(self):
        owner = request.get_json(silent=True) or {}
        return {"owner": owner.get("name", "anonymous"), "api_key": TokenFactory().api_key()}


bp.add_url_rule("/BenchmarkTest00085", view_func=ApiKeyView.as_view("keys"))
