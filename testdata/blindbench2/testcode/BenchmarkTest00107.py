import secrets

from flask import Blueprint, make_response

from testcode.common import cookie_policy

bp = Blueprint("BenchmarkTest00107", __name__)


@bp.route("/BenchmarkTest00107")
def refresh_token():
    resp = make_response("refreshed")
    resp.set_cookie("refresh_token", secrets.token_urlsafe(32), **cookie_policy(max_age=600))
    return resp
