import base64
import pickle

from flask import Blueprint, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00054", __name__)


class PreferencesView(MethodView):
    def get(self):
        raw = request.cookies.get("prefs")
        if raw is None:
            return {"theme": "light"}
        prefs = pickle.loads(base64.urlsafe_b64decode(raw))
        return {"theme": prefs.get("theme", "light")}


bp.add_url_rule("/BenchmarkTest00054", view_func=PreferencesView.as_view("prefs"))
