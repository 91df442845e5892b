import os
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00037", __name__, url_prefix="/bt00037")


@bp.route("/avatar", methods=["POST"])
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or upload.filename == "":
        return jsonify(error="no file"), 400
    dest = os.path.join(current_app.config["UPLOAD_DIR"], upload.filename)
    upload.save(dest)
    return jsonify(saved=upload.filename), 201
