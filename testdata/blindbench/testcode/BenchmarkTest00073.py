import random
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00073", __name__, url_prefix="/bt00073")

PENDING = {}


def make_otp():
    return "%06d" % random.randint(0, 999999)


@bp.route("/2fa/send", methods=["POST"])
def send_otp():
    phone = (request.get_json(silent=True) or {}).get("phone", "")
    PENDING[phone] = make_otp()
    return jsonify(sent=True)
