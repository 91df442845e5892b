from flask import Blueprint, redirect, request

bp = Blueprint("BenchmarkTest00046", __name__)


@bp.route("/BenchmarkTest00046")
def resume():
    dest = "/inbox"
    if "x" in "abc":
        dest = request.cookies.get("resume_at", "/inbox")
    return redirect(dest)
