import os

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00087", __name__)


@bp.route("/BenchmarkTest00087")
def locale_banner():
    tag = request.headers.get("X-Locale", "en")
    try:
        with os.popen("echo locale=" + tag) as pipe:
            out = pipe.read()
    except OSError:
        out = ""
    return out, 200, {"Content-Type": "text/plain"}
