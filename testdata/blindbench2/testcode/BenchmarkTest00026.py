from flask import Blueprint, request

from testcode.common import ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00026", __name__)


@bp.route("/BenchmarkTest00026")
def own_card():
    lookup = {"asked": request.args.get("uid", ""), "self": "alice"}
    flt = f"(&(objectClass=person)(uid={lookup['self']}))"
    return {"cards": ldap_descriptions(ldap_directory(), flt)}
