from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00105", __name__, url_prefix="/bt00105")

CATALOG = b"""<?xml version="1.0"?>
<catalog><item sku="a1"><title>pens</title></item><item sku="b2"><title>paper</title></item></catalog>"""


@bp.route("/catalog/item")
def catalog_item():
    sku = request.args.get("sku", "")
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(CATALOG, parser)
    titles = [i.findtext("title") for i in root.iter("item") if i.get("sku") == sku]
    return jsonify(sku=sku, titles=titles)
