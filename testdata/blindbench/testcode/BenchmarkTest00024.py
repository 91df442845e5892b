import yaml
from flask import request, jsonify

from app import app


@app.route("/bt00024/manifest", methods=["POST"])
def upload_manifest():
    text = request.form.get("manifest", "")
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError:
        return jsonify(error="invalid manifest"), 400
    return jsonify(keys=sorted(doc) if isinstance(doc, dict) else [])
