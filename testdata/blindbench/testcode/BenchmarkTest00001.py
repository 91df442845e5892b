import xml.etree.ElementTree as ET
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00001", __name__, url_prefix="/bt00001")


@bp.route("/stock", methods=["POST"])
def stock_update():
    try:
        root = ET.fromstring(request.get_data())
    except ET.ParseError:
        return jsonify(error="bad xml"), 400
    return jsonify(title=root.findtext("title"), qty=root.findtext("qty"))
