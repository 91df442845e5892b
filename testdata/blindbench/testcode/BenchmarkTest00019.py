from flask import Blueprint, abort, request, jsonify
from lxml import etree

bp = Blueprint("bt00019", __name__, url_prefix="/bt00019")

USERS_XML = "/tmp/heldout2/data/users.xml"
FIELDS = ("name", "email")


@bp.route("/column")
def column():
    field = request.args.get("field", "name")
    if field not in FIELDS:
        abort(400)
    doc = etree.parse(USERS_XML)
    values = doc.xpath("//user[role='staff']/" + field + "/text()")
    return jsonify(values=[str(v) for v in values])
