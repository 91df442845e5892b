import ldap3
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00111", __name__, url_prefix="/bt00111")

BASE_DN = "ou=people,dc=example,dc=org"


def build_filter(mail):
    return "(mail=%s)" % mail


def open_directory():
    server = ldap3.Server("ldap://ldap.internal.example", get_info=ldap3.NONE)
    return ldap3.Connection(server, user="cn=reader,dc=example,dc=org", password="reader-pass", auto_bind=True)


@bp.route("/by-mail", methods=["POST"])
def find_by_mail():
    mail = request.form.get("mail", "")
    conn = open_directory()
    conn.search(search_base=BASE_DN, search_filter=build_filter(mail), attributes=["cn"])
    return jsonify(names=[str(e.cn) for e in conn.entries])
