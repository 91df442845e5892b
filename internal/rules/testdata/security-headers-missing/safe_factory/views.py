from flask import Blueprint

bp = Blueprint("main", __name__)


@bp.route("/")
def index():
    return "home"


@bp.after_app_request
def no_cache(resp):
    resp.headers["Cache-Control"] = "no-store"
    return resp
