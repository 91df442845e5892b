import os
from flask import Blueprint, request, jsonify
from werkzeug.utils import secure_filename

bp = Blueprint("bt00033", __name__, url_prefix="/bt00033")

BASE_DIR = "/tmp/heldout2/data/public"


@bp.route("/notes")
def read_note():
    name = secure_filename(request.args.get("name", ""))
    if not name:
        return jsonify(error="bad name"), 400
    try:
        with open(os.path.join(BASE_DIR, name)) as fh:
            return jsonify(content=fh.read())
    except FileNotFoundError:
        return jsonify(error="missing"), 404
