from flask import Blueprint, Response, request

bp = Blueprint("bt00043", __name__, url_prefix="/bt00043")


@bp.route("/raw")
def raw_text():
    text = request.args.get("text", "")
    return Response("You sent: " + text, mimetype="text/plain")
