from flask import Blueprint, request, session

bp = Blueprint("BenchmarkTest00069", __name__)


@bp.route("/BenchmarkTest00069")
def page_size():
    try:
        size = int(request.args.get("size", "20"))
    except ValueError:
        return "size must be a number", 400
    session["page_size"] = max(1, min(size, 100))
    return {"page_size": session["page_size"]}
