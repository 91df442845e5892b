from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00046", __name__, url_prefix="/bt00046")

USERS_XML = "/tmp/heldout2/data/users.xml"


def names_for_email(doc, email):
    finder = etree.XPath("//user[email='" + email + "']/name/text()")
    return [str(n) for n in finder(doc)]


@bp.route("/whois-mail")
def whois_mail():
    email = request.headers.get("X-Lookup-Email", "")
    doc = etree.parse(USERS_XML)
    return jsonify(names=names_for_email(doc, email))
