from flask import Blueprint, request
from markupsafe import escape

bp = Blueprint("bt00106", __name__, url_prefix="/bt00106")


@bp.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return f"<p>Hello, {escape(name)}!</p>"
