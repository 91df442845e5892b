from flask import Blueprint, request, session

bp = Blueprint("BenchmarkTest00003", __name__)


@bp.route("/BenchmarkTest00003", methods=["POST"])
def sign_in_guest():
    values = {"given": request.form.get("user", ""), "default": "guest"}
    session["user"] = values["default"]
    return {"user": session["user"]}
