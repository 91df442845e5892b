import os

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00011", __name__)


@bp.route("/BenchmarkTest00011")
def probe_target():
    targets = [request.cookies.get("target", ""), "localhost"]
    cmd = "echo probing %s" % targets[1]
    with os.popen(cmd) as pipe:
        text = pipe.read()
    return text, 200, {"Content-Type": "text/plain"}
