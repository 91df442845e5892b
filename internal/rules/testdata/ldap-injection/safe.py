import ldap
import ldap3
from flask import Flask, request
from ldap3.utils.conv import escape_filter_chars
from ldap.filter import filter_format

app = Flask(__name__)


@app.route("/safe/people")
def people():
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search("dc=example,dc=org", "(uid=%s)" % escape_filter_chars(request.args["uid"]))
    return str(conn.entries)


@app.route("/safe/groups")
def groups():
    l = ldap.initialize("ldap://ldap.example.org")
    query = filter_format("(cn=%s)", [request.args["group"]])
    return str(l.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, query))
