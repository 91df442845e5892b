from flask import Blueprint, request
from flask.views import MethodView
from ldap3.utils.conv import escape_filter_chars

from testcode.common import Params, ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00067", __name__)


class PersonView(MethodView):
    def get(self):
        uid = escape_filter_chars(Params(request).get("uid"))
        flt = "(&(objectClass=person)(uid=" + uid + "))"
        conn = ldap_directory()
        try:
            cards = ldap_descriptions(conn, flt)
        finally:
            conn.unbind()
        return {"cards": cards}


bp.add_url_rule("/BenchmarkTest00067", view_func=PersonView.as_view("person"))
