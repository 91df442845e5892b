from flask import abort, request, jsonify
from ldap3 import Connection, Server

from app import app

DEPARTMENTS = {"eng", "sales", "support"}


@app.route("/bt00088/department")
def department_roster():
    dept = request.args.get("dept", "eng")
    if dept not in DEPARTMENTS:
        abort(400)
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", "(departmentNumber=" + dept + ")", attributes=["cn"])
    return jsonify(names=[str(e.cn) for e in conn.entries])
