import xml.sax
from xml.dom import pulldom

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/safe/xml", methods=["POST"])
def parse_xml():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(request.data, parser).tag


@app.route("/safe/default", methods=["POST"])
def parse_default():
    return etree.fromstring(request.data).tag


@app.route("/safe/sax", methods=["POST"])
def parse_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    events = pulldom.parseString(request.get_data(as_text=True), parser)
    return str(sum(1 for _ in events))


@app.route("/safe/constant")
def constant():
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring("<a>fixed</a>", parser).tag
