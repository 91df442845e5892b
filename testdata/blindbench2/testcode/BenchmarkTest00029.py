from flask import Blueprint, request
from flask.views import MethodView

from testcode.common import Params, ldap_descriptions, ldap_directory

bp = Blueprint("BenchmarkTest00029", __name__)


class PersonView(MethodView):
    def get(self):
        uid = Params(request).get("uid")
        flt = "(&(objectClass=person)(uid=" + uid + "))"
        conn = ldap_directory()
        try:
            cards = ldap_descriptions(conn, flt)
        finally:
            conn.unbind()
        return {"cards": cards}


bp.add_url_rule("/BenchmarkTest00029", view_func=PersonView.as_view("person"))
