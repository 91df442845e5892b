import re

from flask import Blueprint, redirect, request

bp = Blueprint("BenchmarkTest00056", __name__)

LOCAL_PATH = re.compile(r"/[A-Za-z0-9_/-]*")


@bp.route("/BenchmarkTest00056", methods=["GET", "POST"])
def go_back():
    nxt = request.values.get("next", "/")
    if not LOCAL_PATH.fullmatch(nxt) or nxt.startswith("//"):
        return "refusing to redirect", 400
    return redirect(nxt)
