from flask import Blueprint, request
from lxml import etree

bp = Blueprint("BenchmarkTest00013", __name__)

TEMPLATE = b"<receipt><customer/><total>0</total></receipt>"


@bp.route("/BenchmarkTest00013", methods=["GET", "POST"])
def receipt():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(TEMPLATE, parser)
    root.find("customer").text = request.values.get("customer", "")
    return etree.tostring(root), 200, {"Content-Type": "application/xml"}
