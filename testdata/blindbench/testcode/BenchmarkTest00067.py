from flask import Blueprint, redirect, request, url_for

bp = Blueprint("bt00067", __name__, url_prefix="/bt00067")


@bp.route("/")
def home():
    return "home"


def after_login_target():
    return request.form.get("return_to") or url_for(".home")


@bp.route("/login", methods=["POST"])
def do_login():
    if request.form.get("user") != "demo":
        return "unknown user", 401
    return redirect(after_login_target(), code=303)
