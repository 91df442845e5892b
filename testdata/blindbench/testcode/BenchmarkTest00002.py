from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00002", __name__, url_prefix="/bt00002")

USERS_XML = "/tmp/heldout2/data/users.xml"


@bp.route("/email-by-name")
def contact_lookup():
    name = request.args.get("name", "")
    root = etree.parse(USERS_XML).getroot()
    emails = root.xpath("//user[name=$n]/email/text()", n=name)
    return jsonify(emails=[str(e) for e in emails])
