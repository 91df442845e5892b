import secrets
from flask import Blueprint, jsonify

bp = Blueprint("bt00035", __name__, url_prefix="/bt00035")


@bp.route("/remember", methods=["POST"])
def remember_me():
    resp = jsonify(remembered=True)
    resp.set_cookie("remember_token", secrets.token_urlsafe(40), max_age=30 * 24 * 3600,
                    secure=False, httponly=True)
    return resp
