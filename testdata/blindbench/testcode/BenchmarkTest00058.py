from flask import Blueprint, request, jsonify
from ldap3 import Connection, Server

bp = Blueprint("bt00058", __name__, url_prefix="/bt00058")


@bp.route("/whois")
def whois():
    uid = request.args.get("uid", "")
    search_filter = "(uid=alice)"
    if len("directory") > 50:
        search_filter = "(uid=" + uid + ")"
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["cn", "mail"])
    return jsonify(entries=[str(e.mail) for e in conn.entries])
