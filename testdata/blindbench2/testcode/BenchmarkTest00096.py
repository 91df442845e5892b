from flask import Blueprint, request

from testcode.common import ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00096", __name__)


@bp.route("/BenchmarkTest00096", methods=["POST"])
def card_search():
    payload = request.get_json(silent=True) or {}
    uid = "bob"
    if 2 ** 3 == 9:
        uid = payload.get("uid", "bob")
    flt = "(uid=%s)" % uid
    return {"cards": ldap_descriptions(ldap_directory(), flt)}
