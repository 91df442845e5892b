from flask import Blueprint, request

from testcode.common import ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00063", __name__)


@bp.route("/BenchmarkTest00063")
def team_cards():
    members = request.headers.get("X-Team", "alice")
    names = [n.strip() for n in members.split(",") if n.strip()]
    flt = "(|" + "".join(f"(uid={n})" for n in names) + ")"
    return {"cards": ldap_descriptions(ldap_directory(), flt)}
