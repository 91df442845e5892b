from flask import Blueprint, request, jsonify
from ldap3 import Connection, Server

bp = Blueprint("bt00102", __name__, url_prefix="/bt00102")


@bp.route("/team", methods=["POST"])
def team_members():
    body = request.get_json(silent=True) or {}
    names = body.get("members", [])
    clause = "".join("(uid=" + name + ")" for name in names)
    search_filter = "(|" + clause + ")" if clause else "(uid=nobody)"
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["cn", "mail"])
    return jsonify(members=[str(e.mail) for e in conn.entries])
