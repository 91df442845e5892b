from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00084", __name__, url_prefix="/bt00084")

USERS_XML = "/tmp/heldout2/data/users.xml"


@bp.route("/profile-xml")
def profile_xml():
    name = request.args.get("name", "")
    doc = etree.parse(USERS_XML)
    matches = [u for u in doc.xpath("//user") if u.findtext("name") == name]
    return jsonify(emails=[u.findtext("email") for u in matches])
