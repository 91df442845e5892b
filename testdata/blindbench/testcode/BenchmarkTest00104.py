from flask import Blueprint, redirect, request, url_for

bp = Blueprint("bt00104", __name__, url_prefix="/bt00104")


@bp.route("/")
def index():
    return "index"


@bp.route("/profile")
def profile():
    return "profile"


ALLOWED_ENDPOINTS = {"index": ".index", "profile": ".profile"}


@bp.route("/jump")
def jump():
    name = request.args.get("page", "index")
    endpoint = ALLOWED_ENDPOINTS.get(name, ".index")
    return redirect(url_for(endpoint))
