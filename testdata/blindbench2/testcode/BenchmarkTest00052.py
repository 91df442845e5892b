from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00052", __name__)

OPERATIONS = {"add": "a + b", "mul": "a * b", "sub": "a - b"}


@bp.route("/BenchmarkTest00052")
def arithmetic():
    code = OPERATIONS.get(request.args.get("op", ""))
    if code is None:
        return "unknown operation", 400
    try:
        a = int(request.args.get("a", "0"))
        b = int(request.args.get("b", "0"))
    except ValueError:
        return "operands must be integers", 400
    return {"result": eval(code, {"__builtins__": {}}, {"a": a, "b": b})}
