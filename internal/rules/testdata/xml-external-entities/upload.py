import xml.sax
from xml.dom import pulldom

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xml", methods=["POST"])
def parse_xml():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)  # want: FG0608
    return doc.tag


@app.route("/dtd", methods=["POST"])
def parse_dtd():
    doc = etree.parse(request.files["doc"], etree.XMLParser(load_dtd=True))  # want: FG0608
    return doc.getroot().tag


@app.route("/sax", methods=["POST"])
def parse_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    events = pulldom.parseString(request.get_data(as_text=True), parser)  # want: FG0608
    return str(sum(1 for _ in events))
