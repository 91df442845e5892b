import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00045", __name__)


class TextCollector(ContentHandler):
    def __init__(self):
        super().__init__()
        self.chunks = []

    def characters(self, content):
        self.chunks.append(content)


@bp.route("/BenchmarkTest00045", methods=["POST"])
def import_note():
    document = request.form.get("xml", "<note/>")
    handler = TextCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    try:
        parser.parse(io.BytesIO(document.encode("utf-8")))
    except xml.sax.SAXParseException:
        return "malformed note", 400
    return {"note": "".join(handler.chunks)}
