from flask import request, jsonify
from lxml import etree

from app import app


@app.route("/bt00101/orders/xml", methods=["POST"])
def import_order():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    return jsonify(title=root.findtext("title"), qty=root.findtext("qty"))
