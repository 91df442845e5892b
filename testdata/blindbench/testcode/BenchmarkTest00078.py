from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00078", __name__, url_prefix="/bt00078")

USERS_XML = "/tmp/heldout2/data/users.xml"


@bp.route("/xml-login", methods=["POST"])
def xml_login():
    user = request.form.get("user", "")
    password = request.form.get("password", "")
    tree = etree.parse(USERS_XML)
    query = "//user[name='%s' and password='%s']/name/text()" % (user, password)
    matched = tree.xpath(query)
    if not matched:
        return jsonify(ok=False), 401
    return jsonify(ok=True, users=[str(m) for m in matched])
