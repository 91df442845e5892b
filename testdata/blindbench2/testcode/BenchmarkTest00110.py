import secrets

from flask import Blueprint, make_response, request

bp = Blueprint("BenchmarkTest00110", __name__)


@bp.route("/BenchmarkTest00110", methods=["POST"])
def remember_device():
    device = request.form.get("device", "browser")
    cookies = {
        "remember_token": secrets.token_urlsafe(32),
        "device_id": secrets.token_hex(8),
    }
    resp = make_response(f"remembered {device}")
    for name, value in cookies.items():
        resp.set_cookie(name, value, max_age=30 * 86400, httponly=True)
    return resp
