from flask import request, jsonify
from ldap3 import Connection, Server

from app import app


@app.route("/bt00013/groups", methods=["POST"])
def group_lookup():
    query = {"filter": "(&(objectClass=person)(departmentNumber=support))", "owner": request.form.get("owner", "")}
    conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", query["filter"], attributes=["cn"])
    return jsonify(owner=query["owner"], names=[str(e.cn) for e in conn.entries])
