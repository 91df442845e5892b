from flask import Blueprint, abort, send_file
from werkzeug.utils import safe_join

from testcode import common

bp = Blueprint("BenchmarkTest00051", __name__)


@bp.route("/BenchmarkTest00051/<path:filename>")
def download(filename):
    full = safe_join(common.FILES_DIR, filename)
    if full is None:
        abort(404)
    return send_file(full, mimetype="text/plain")
