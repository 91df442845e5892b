from flask import request, jsonify
from lxml import etree

from app import app


@app.route("/bt00086/invoice", methods=["POST"])
def invoice():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.data, parser)
    return jsonify(title=root.findtext("title"), qty=root.findtext("qty"))
