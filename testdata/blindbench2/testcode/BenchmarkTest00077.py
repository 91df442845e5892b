from flask import Blueprint, redirect, request

bp = Blueprint("BenchmarkTest00077", __name__)


@bp.route("/BenchmarkTest00077")
def bounce():
    targets = [request.args.get("next", "/"), "/dashboard"]
    return redirect(targets[1])
