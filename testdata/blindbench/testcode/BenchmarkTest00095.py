from flask import Blueprint, request, session

bp = Blueprint("bt00095", __name__, url_prefix="/bt00095")


def remember(key, value):
    session[key] = value
    session.modified = True


@bp.route("/elevate")
def elevate():
    role = request.headers.get("X-Role", "viewer")
    remember("role", role)
    return {"role": role}
