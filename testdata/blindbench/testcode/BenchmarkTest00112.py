from flask import Blueprint, request, jsonify
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

bp = Blueprint("bt00112", __name__, url_prefix="/bt00112")


@bp.route("/people")
def people_search():
    uid = request.args.get("uid", "")
    uid_value = escape_filter_chars(uid)
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", "(&(objectClass=person)(uid=%s))" % uid_value, attributes=["cn"])
    return jsonify(names=[str(e.cn) for e in conn.entries])
