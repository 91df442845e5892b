from flask import Blueprint, current_app, request, jsonify
from itsdangerous import BadSignature, URLSafeSerializer

bp = Blueprint("bt00044", __name__, url_prefix="/bt00044")


def token_reader():
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="share-link")


@bp.route("/share")
def open_share_link():
    token = request.args.get("t", "")
    try:
        data = token_reader().loads(token)
    except BadSignature:
        return jsonify(error="invalid link"), 400
    return jsonify(doc=data.get("doc") if isinstance(data, dict) else None)
