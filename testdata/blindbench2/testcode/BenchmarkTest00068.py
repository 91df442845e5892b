from flask import Blueprint, request
from lxml import etree

bp = Blueprint("BenchmarkTest00068", __name__)


@bp.route("/BenchmarkTest00068", methods=["POST"])
def parse_order():
    parser = etree.XMLParser(resolve_entities=True)
    try:
        root = etree.fromstring(request.get_data(), parser)
    except etree.XMLSyntaxError:
        return "malformed document", 400
    return {"text": "".join(root.itertext())}
