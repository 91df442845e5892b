from flask import request, jsonify
from lxml import etree

from app import app

USERS_XML = "/tmp/heldout2/data/users.xml"


@app.route("/bt00069/staff-xml")
def staff_xml():
    parts = {"expr": "//user[role='staff']/name/text()", "title": request.args.get("title", "")}
    doc = etree.parse(USERS_XML)
    return jsonify(title=parts["title"], names=[str(n) for n in doc.xpath(parts["expr"])])
