import ast

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00106", __name__)


@bp.route("/BenchmarkTest00106", methods=["GET", "POST"])
def calculator():
    if not (expr := request.values.get("expr", "").strip()):
        return "empty expression", 400
    try:
        result = ast.literal_eval(expr)
    except (ValueError, SyntaxError):
        return "not a literal", 400
    return {"result": str(result)}
