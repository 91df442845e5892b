import subprocess

from flask import Blueprint, request

from testcode.common import normalize

bp = Blueprint("BenchmarkTest00034", __name__)

COMMANDS = {"date": "date -u +%Y", "where": "pwd", "hello": "echo hello"}


@bp.route("/BenchmarkTest00034", methods=["GET", "POST"])
def run_report():
    key = normalize(request.values.get("op", ""))
    cmd = COMMANDS.get(key)
    if cmd is None:
        return "unknown report", 404
    out = subprocess.check_output(cmd, shell=True, text=True)
    return out, 200, {"Content-Type": "text/plain"}
