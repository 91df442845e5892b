import yaml
from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00064", __name__)


@bp.route("/BenchmarkTest00064", methods=["POST"])
def import_settings():
    if (upload := request.files.get("settings")) is None:
        return "no file", 400
    try:
        doc = yaml.safe_load(upload.read())
    except yaml.YAMLError:
        return "bad document", 400
    return {"keys": sorted(doc) if isinstance(doc, dict) else []}
