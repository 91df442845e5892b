import os

from flask import Blueprint, request

from testcode.common import FILES_DIR

bp = Blueprint("BenchmarkTest00028", __name__)


@bp.route("/BenchmarkTest00028")
def read_document():
    name = request.args.get("doc", "readme.txt")
    try:
        with open(os.path.join(FILES_DIR, name), encoding="utf-8") as fh:
            text = fh.read()
    except (FileNotFoundError, IsADirectoryError):
        return "no such document", 404
    return text, 200, {"Content-Type": "text/plain"}
