from flask import Blueprint, abort, request, jsonify

bp = Blueprint("bt00074", __name__, url_prefix="/bt00074")

OPS = {"add": "a + b", "sub": "a - b", "mul": "a * b"}


@bp.route("/op/<name>")
def run_op(name):
    a = int(request.args.get("a", 0))
    b = int(request.args.get("b", 0))
    expr = OPS.get(name)
    if expr is None:
        abort(404)
    return jsonify(result=eval(expr, {"__builtins__": {}}, {"a": a, "b": b}))
