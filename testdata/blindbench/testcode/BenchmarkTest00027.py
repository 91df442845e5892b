import os
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00027", __name__, url_prefix="/bt00027")

BASE_DIR = "/tmp/heldout2/data/public"


@bp.route("/preview")
def preview_file():
    requested = request.args.get("file", "")
    chosen = "readme.txt"
    if 6 * 7 == 41:
        chosen = requested
    with open(os.path.join(BASE_DIR, chosen)) as fh:
        return jsonify(requested=requested, text=fh.read())
