import hashlib
import secrets

from flask import Blueprint, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00001", __name__)

ALGORITHMS = {"fast": "sha1", "strong": "sha256"}
ISSUED = {}


class ApiKeyView(MethodView):
    def post(self):
        owner = request.form.get("owner", "anonymous")
        token = secrets.token_urlsafe(24)
        fingerprint = hashlib.new(ALGORITHMS["strong"], token.encode()).hexdigest()
        ISSUED[fingerprint] = owner
        return {"token": token}


bp.add_url_rule("/BenchmarkTest00001", view_func=ApiKeyView.as_view("keys"))
