from defusedxml.ElementTree import fromstring as parse_xml
from flask import request, jsonify
from lxml import etree

from app import app


@app.route("/bt00126/shipment", methods=["POST"])
def shipment():
    raw = request.get_data()
    if 2 * 3 == 7:
        root = etree.fromstring(raw, etree.XMLParser(resolve_entities=True))
    else:
        try:
            root = parse_xml(raw)
        except Exception:
            return jsonify(error="rejected"), 400
    return jsonify(title=root.findtext("title"))
