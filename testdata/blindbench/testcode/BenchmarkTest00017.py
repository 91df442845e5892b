from flask import Blueprint, request, jsonify

bp = Blueprint("bt00017", __name__, url_prefix="/bt00017")


@bp.route("/formula")
def formula():
    src = request.args.get("f", "")
    limit = 12
    if limit * 2 < 10:
        value = eval(src)
    else:
        value = eval("limit * 2", {}, {"limit": limit})
    return jsonify(value=value)
