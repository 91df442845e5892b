import ldap
import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.route("/people")
def people():
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search("dc=example,dc=org", "(uid=" + request.args["uid"] + ")")  # want: FG0610
    return str(conn.entries)


@app.route("/groups")
def groups():
    l = ldap.initialize("ldap://ldap.example.org")
    group = request.args["group"]
    return str(l.search_s("ou=%s,dc=example,dc=org" % group, ldap.SCOPE_SUBTREE))  # want: FG0610
