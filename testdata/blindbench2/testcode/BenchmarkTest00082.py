from flask import Blueprint, send_file

from testcode import common

bp = Blueprint("BenchmarkTest00082", __name__)


@bp.route("/BenchmarkTest00082/<path:filename>")
def download(filename):
    return send_file(common.FILES_DIR + "/" + filename, mimetype="text/plain")
