from flask import Blueprint, request, session, jsonify

bp = Blueprint("bt00129", __name__, url_prefix="/bt00129")


@bp.route("/visit")
def visit():
    page = request.args.get("page", "home")
    session["visited"] = True
    return jsonify(page=page)
