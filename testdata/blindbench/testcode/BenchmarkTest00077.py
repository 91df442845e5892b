from flask import Blueprint, request, jsonify
from ldap3 import Connection, Server

bp = Blueprint("bt00077", __name__, url_prefix="/bt00077")


@bp.route("/staff")
def staff_list():
    label = request.args.get("label", "Staff")
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", "(departmentNumber=eng)", attributes=["cn"])
    return jsonify(title=label, names=[str(e.cn) for e in conn.entries])
