from flask import request, jsonify
from lxml import etree

from app import app

USERS_XML = "/tmp/heldout2/data/users.xml"
FIND_BY_NAME = etree.XPath("//user[name=$who]/email/text()")


@app.route("/bt00114/email-of", methods=["POST"])
def email_of():
    who = request.form.get("who", "")
    doc = etree.parse(USERS_XML)
    return jsonify(emails=[str(e) for e in FIND_BY_NAME(doc, who=who)])
