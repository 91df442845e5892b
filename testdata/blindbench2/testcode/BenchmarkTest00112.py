import xml.etree.ElementTree as ET

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00112", __name__)


@bp.route("/BenchmarkTest00112", methods=["POST"])
def import_note():
    document = request.form.get("xml", "<note/>")
    try:
        root = ET.fromstring(document)
    except ET.ParseError:
        return "malformed note", 400
    return {"note": "".join(root.itertext())}
