from flask import Blueprint, redirect, request

bp = Blueprint("bt00076", __name__, url_prefix="/bt00076")


@bp.route("/back")
def go_back():
    dest = request.headers.get("Referer") or "/"
    return redirect(dest)
