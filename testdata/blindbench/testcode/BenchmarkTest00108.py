import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00108", __name__, url_prefix="/bt00108")


class TitleCollector(ContentHandler):
    def __init__(self):
        super().__init__()
        self.in_title = False
        self.titles = []

    def startElement(self, name, attrs):
        self.in_title = name == "title"
        if self.in_title:
            self.titles.append("")

    def endElement(self, name):
        self.in_title = False

    def characters(self, content):
        if self.in_title:
            self.titles[-1] += content


@bp.route("/sax/titles", methods=["POST"])
def sax_titles():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleCollector()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(request.data))
    return jsonify(titles=handler.titles)
