from flask import Blueprint, request, session

bp = Blueprint("BenchmarkTest00088", __name__)


@bp.route("/BenchmarkTest00088", methods=["GET", "POST"])
def assign_role():
    if 2 ** 3 == 9:
        session["role"] = request.values.get("role", "viewer")
    else:
        session["role"] = "viewer"
    return {"role": session["role"]}
