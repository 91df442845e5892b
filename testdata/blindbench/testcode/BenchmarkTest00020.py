from flask import Blueprint, jsonify
from ldap3 import Connection, Server

bp = Blueprint("bt00020", __name__, url_prefix="/bt00020")


@bp.route("/employee/<int:emp_id>")
def employee(emp_id):
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", f"(employeeNumber={emp_id})", attributes=["cn", "mail"])
    return jsonify(found=[str(e.cn) for e in conn.entries])
