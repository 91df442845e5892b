import os

from flask import Blueprint, request

from testcode.common import logged

bp = Blueprint("BenchmarkTest00018", __name__)


@bp.route("/BenchmarkTest00018")
@logged
def check_host():
    host = request.args.get("host", "localhost")
    status = os.system(f"echo checking {host} > /dev/null")
    return f"status={status:d}"
