from flask import Blueprint, request, jsonify
from lxml import etree

bp = Blueprint("bt00124", __name__, url_prefix="/bt00124")


def load_feed(stream):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    return etree.parse(stream, parser).getroot()


@bp.route("/feed/upload", methods=["POST"])
def upload_feed():
    upload = request.files["feed"]
    root = load_feed(upload.stream)
    return jsonify(titles=[t.text for t in root.iter("title")])
