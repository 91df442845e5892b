import base64
import binascii
import json

from flask import Blueprint, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00044", __name__)


class PreferencesView(MethodView):
    def get(self):
        raw = request.cookies.get("prefs")
        if raw is None:
            return {"theme": "light"}
        try:
            prefs = json.loads(base64.urlsafe_b64decode(raw))
        except (ValueError, binascii.Error):
            return "unreadable preferences", 400
        return {"theme": prefs.get("theme", "light")}


bp.add_url_rule("/BenchmarkTest00044", view_func=PreferencesView.as_view("prefs"))
