import pickle

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00099", __name__)

PRESETS = {
    "light": pickle.dumps({"theme": "light", "contrast": 1}),
    "dark": pickle.dumps({"theme": "dark", "contrast": 2}),
}


@bp.route("/BenchmarkTest00099")
def preset():
    blob = PRESETS.get(request.args.get("theme", ""), PRESETS["light"])
    settings = pickle.loads(blob)
    return settings
