from flask import Blueprint, redirect, request

from testcode.common import logged

bp = Blueprint("BenchmarkTest00066", __name__)


@bp.route("/BenchmarkTest00066")
@logged
def after_login():
    return redirect(request.args.get("next", "/"))
