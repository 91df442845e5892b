import yaml
from flask import request, jsonify

from app import app


@app.route("/bt00131/config/import", methods=["POST"])
def import_config():
    doc = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return jsonify(keys=sorted(doc) if isinstance(doc, dict) else [])
