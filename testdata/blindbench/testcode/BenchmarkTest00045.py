from flask import Blueprint, jsonify
from lxml import etree

bp = Blueprint("bt00045", __name__, url_prefix="/bt00045")

USERS_XML = "/tmp/heldout2/data/users.xml"


@bp.route("/user-at/<int:pos>")
def user_at(pos):
    doc = etree.parse(USERS_XML)
    names = doc.xpath("//user[role='staff'][%d]/name/text()" % pos)
    return jsonify(names=[str(n) for n in names])
