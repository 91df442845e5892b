import os
from flask import Blueprint, abort, request

bp = Blueprint("bt00139", __name__, url_prefix="/bt00139")

BASE_DIR = os.path.realpath("/tmp/heldout2/data/public")


def resolve_inside(base, user_path):
    full = os.path.realpath(os.path.join(base, user_path))
    if os.path.commonpath([full, base]) != base:
        return None
    return full


@bp.route("/view")
def view_file():
    target = resolve_inside(BASE_DIR, request.args.get("p", ""))
    if target is None or not os.path.isfile(target):
        abort(404)
    with open(target) as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
