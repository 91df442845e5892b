from flask import Blueprint, request
from ldap3.utils.conv import escape_filter_chars

from testcode.common import ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00004", __name__)


@bp.route("/BenchmarkTest00004")
def team_cards():
    members = request.headers.get("X-Team", "alice")
    names = [n.strip() for n in members.split(",") if n.strip()]
    flt = "(|" + "".join(f"(uid={escape_filter_chars(n)})" for n in names) + ")"
    return {"cards": ldap_descriptions(ldap_directory(), flt)}
