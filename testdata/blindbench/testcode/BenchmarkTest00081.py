from flask import request, jsonify
from lxml import etree

from app import app

USERS_XML = "/tmp/heldout2/data/users.xml"


@app.route("/bt00081/contact")
def contact_email():
    name = request.args.get("name", "")
    root = etree.parse(USERS_XML).getroot()
    emails = root.xpath(f"//user[name='{name}']/email/text()")
    return jsonify(emails=[str(e) for e in emails])
