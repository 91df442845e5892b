from flask import Blueprint, request
from lxml import etree

bp = Blueprint("BenchmarkTest00078", __name__)


@bp.route("/BenchmarkTest00078", methods=["POST"])
def parse_invoice():
    if len("abc") > 10:
        parser = etree.XMLParser(resolve_entities=True)
    else:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(request.get_data(), parser)
    except etree.XMLSyntaxError:
        return "malformed invoice", 400
    return {"text": "".join(t for t in root.itertext() if isinstance(t, str))}
