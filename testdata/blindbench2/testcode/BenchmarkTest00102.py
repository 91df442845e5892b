from pathlib import Path, PurePath

from flask import Blueprint, request

from testcode.common import FILES_DIR

bp = Blueprint("BenchmarkTest00102", __name__)


@bp.route("/BenchmarkTest00102")
def preview():
    raw = request.cookies.get("last_doc", "readme.txt")
    target = Path(FILES_DIR) / PurePath(raw).name
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return "no such document", 404
    return text, 200, {"Content-Type": "text/plain"}
