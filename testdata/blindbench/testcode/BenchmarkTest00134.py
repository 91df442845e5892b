import subprocess
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00134", __name__, url_prefix="/bt00134")


@bp.route("/lookup")
def lookup():
    name = request.args.get("name", "")
    proc = subprocess.run(["echo", "lookup", name], capture_output=True, text=True, check=False)
    return jsonify(out=proc.stdout)
