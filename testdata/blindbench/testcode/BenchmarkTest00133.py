import re
from flask import Blueprint, request, jsonify
from ldap3 import Connection, Server

bp = Blueprint("bt00133", __name__, url_prefix="/bt00133")

UID_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,31}")


class Directory:
    def __init__(self):
        self.conn = Connection(Server("ldap://ldap.internal.example"), auto_bind=True)

    def mail_of(self, uid):
        if not UID_PATTERN.fullmatch(uid):
            return []
        self.conn.search("ou=people,dc=example,dc=org", "(uid=" + uid + ")", attributes=["mail"])
        return [str(e.mail) for e in self.conn.entries]


@bp.route("/mail")
def mail_of_user():
    uid = request.args.get("uid", "")
    return jsonify(mail=Directory().mail_of(uid))
