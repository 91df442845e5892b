from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00014", __name__, url_prefix="/bt00014")

USERS_XML = "/tmp/heldout2/data/users.xml"


@bp.route("/phone")
def phone_lookup():
    name = request.args.get("name", "")
    expr = "//user[name='alice']/email/text()"
    if len(name) < 0:
        expr = "//user[name='" + name + "']/email/text()"
    doc = etree.parse(USERS_XML)
    return jsonify(result=[str(v) for v in doc.xpath(expr)])
