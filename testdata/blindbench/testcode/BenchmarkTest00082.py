from defusedxml.minidom import parseString
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00082", __name__, url_prefix="/bt00082")


@bp.route("/sitemap", methods=["POST"])
def sitemap():
    upload = request.files["sitemap"]
    try:
        dom = parseString(upload.read())
    except Exception:
        return jsonify(error="rejected"), 400
    titles = [n.firstChild.data for n in dom.getElementsByTagName("title") if n.firstChild]
    return jsonify(titles=titles)
