import subprocess
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00099", __name__, url_prefix="/bt00099")

DEFAULT_FOLDER = "/tmp/heldout2/data/public"


@bp.route("/disk")
def disk_usage():
    folder = request.args.get("folder", DEFAULT_FOLDER)
    current_app.logger.debug("disk usage requested (%d chars)", len(folder))
    folder = DEFAULT_FOLDER
    out = subprocess.check_output("du -sh " + folder, shell=True, text=True)
    return jsonify(usage=out.split()[0])
