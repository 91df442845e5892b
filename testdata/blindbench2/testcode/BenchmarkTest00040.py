import re

from flask import Blueprint, request

from testcode.common import ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00040", __name__)


@bp.route("/BenchmarkTest00040")
def my_card():
    if not re.fullmatch(r"[a-z0-9-]{1,32}", (uid := request.cookies.get("uid", ""))):
        return "invalid user id", 400
    return {"cards": ldap_descriptions(ldap_directory(), f"(uid={uid})")}
