from flask import request, jsonify
from ldap3 import Connection, Server

from app import app

LDAP_URL = "ldap://ldap.internal.example"
BIND_DN = "cn=reader,dc=example,dc=org"
BIND_PW = "reader-pass"


@app.route("/bt00030/directory")
def directory_lookup():
    uid = request.args.get("uid", "")
    conn = Connection(Server(LDAP_URL), user=BIND_DN, password=BIND_PW, auto_bind=True)
    conn.search("ou=people,dc=example,dc=org", f"(&(objectClass=person)(uid={uid}))", attributes=["cn", "mail"])
    people = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    conn.unbind()
    return jsonify(people=people)
