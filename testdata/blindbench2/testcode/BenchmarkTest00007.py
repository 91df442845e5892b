import os
import shlex

from flask import Blueprint, request

from testcode.common import logged

bp = Blueprint("BenchmarkTest00007", __name__)


@bp.route("/BenchmarkTest00007")
@logged
def check_host():
    host = request.args.get("host", "localhost")
    status = os.system("echo checking " + shlex.quote(host) + " > /dev/null")
    return f"status={status:d}"
