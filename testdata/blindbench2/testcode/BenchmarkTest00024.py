from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00024", __name__)


@bp.route("/BenchmarkTest00024", methods=["GET", "POST"])
def calculator():
    if not (expr := request.values.get("expr", "").strip()):
        return "empty expression", 400
    result = eval(expr)
    return {"result": str(result)}
