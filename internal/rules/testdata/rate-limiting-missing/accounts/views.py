from flask import Blueprint, request

bp = Blueprint("account", __name__)


@bp.post("/sign-in")
def sign_in():
    return request.form["email"]


@bp.route("/password/forgot", methods=["POST"])
def forgot():
    return "sent"


@bp.post("/2fa")
def second_factor():
    return request.form["code"]
