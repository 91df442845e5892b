import random
import string

from flask import Blueprint, request

from testcode.common import OUTBOX, normalize

bp = Blueprint("BenchmarkTest00039", __name__)


@bp.route("/BenchmarkTest00039", methods=["POST"])
def send_reset_code():
    email = normalize(request.form.get("email"))
    if "@" not in email:
        return "email required", 400
    code = "".join(random.choice(string.digits) for _ in range(6))
    OUTBOX.append((email, f"Your password reset code is {code}"))
    return {"sent": True}
