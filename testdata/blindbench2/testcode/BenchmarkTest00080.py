import yaml
from flask import Blueprint, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00080", __name__)


class ManifestView(MethodView):
    def post(self):
        payload = request.get_json(silent=True) or {}
        text = payload.get("manifest", "")
        try:
            doc = yaml.load(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            return f"invalid manifest: {exc.__class__.__name__}", 400
        return {"entries": len(doc or {})}


bp.add_url_rule("/BenchmarkTest00080", view_func=ManifestView.as_view("manifest"))
