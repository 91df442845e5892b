import yaml
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00096", __name__, url_prefix="/bt00096")


@bp.route("/pipeline", methods=["POST"])
def define_pipeline():
    body = request.get_json() or {}
    settings = {"name": body.get("name", "default"), "spec": body.get("spec", "")}
    parsed = yaml.unsafe_load(settings["spec"])
    steps = parsed.get("steps", []) if isinstance(parsed, dict) else []
    return jsonify(name=settings["name"], steps=len(steps))
