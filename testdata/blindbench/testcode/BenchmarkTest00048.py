from defusedxml import ElementTree as DefusedET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00048", __name__, url_prefix="/bt00048")


@bp.route("/orders/import", methods=["POST"])
def import_purchase_order():
    try:
        root = DefusedET.fromstring(request.get_data())
    except (DefusedXmlException, DefusedET.ParseError):
        return jsonify(error="rejected"), 400
    return jsonify(title=root.findtext("title"))
