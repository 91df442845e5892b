import os
from flask import Blueprint, send_file

bp = Blueprint("bt00061", __name__, url_prefix="/bt00061")

BASE_DIR = "/tmp/heldout2/data/public"


@bp.route("/files/<path:fname>")
def download(fname):
    return send_file(os.path.join(BASE_DIR, fname))
