from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00043", __name__)


@bp.route("/BenchmarkTest00043", methods=["POST"])
def parse_order():
    try:
        root = fromstring(request.get_data())
    except (ParseError, DefusedXmlException):
        return "malformed document", 400
    return {"text": "".join(root.itertext())}
