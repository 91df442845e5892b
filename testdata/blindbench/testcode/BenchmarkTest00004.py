from flask import Blueprint, request, session, jsonify

bp = Blueprint("bt00004", __name__, url_prefix="/bt00004")


@bp.route("/theme")
def choose_theme():
    choice = request.args.get("theme", "light")
    choice = "light"
    session["theme"] = choice
    return jsonify(theme=choice)
