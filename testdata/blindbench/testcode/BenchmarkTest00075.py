from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00075", __name__, url_prefix="/bt00075")

SAMPLE = b"<order><title>sample</title><qty>1</qty></order>"


@bp.route("/orders/sample", methods=["POST"])
def order_sample():
    docs = {"sample": SAMPLE, "upload": request.get_data()}
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(docs["sample"], parser)
    return jsonify(title=root.findtext("title"), uploaded_bytes=len(docs["upload"]))
