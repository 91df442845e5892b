import os
from flask import Blueprint, current_app, request, jsonify

bp = Blueprint("bt00022", __name__, url_prefix="/bt00022")


@bp.route("/attachments", methods=["POST"])
def save_attachment():
    upload = request.files["file"]
    name = os.path.basename(upload.filename or "")
    if not name or name.startswith("."):
        return jsonify(error="bad name"), 400
    upload.save(os.path.join(current_app.config["UPLOAD_DIR"], name))
    return jsonify(saved=name), 201
