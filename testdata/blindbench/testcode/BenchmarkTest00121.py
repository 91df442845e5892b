from flask import Blueprint, request, jsonify

bp = Blueprint("bt00121", __name__, url_prefix="/bt00121")


@bp.route("/square")
def square():
    n = int(request.args.get("n", "0"))
    return jsonify(result=eval(f"{n} ** 2"))
