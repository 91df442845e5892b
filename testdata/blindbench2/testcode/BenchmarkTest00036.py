from flask import Blueprint

bp = Blueprint("BenchmarkTest00036", __name__)


def evaluate(expr):
    terms = []
    for chunk in expr.split(","):
        terms.append(chunk.strip())
    code = compile("[" + ", ".join(terms) + "]", "<calc>", "eval")
    return eval(code)


@bp.route("/BenchmarkTest00036/<path:expr>")
def vector(expr):
    try:
        values = evaluate(expr)
    except (SyntaxError, NameError, TypeError) as exc:
        return f"cannot evaluate: {type(exc).__name__}", 400
    return {"values": [str(v) for v in values]}
