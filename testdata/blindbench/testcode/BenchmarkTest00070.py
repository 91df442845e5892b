import yaml
from flask import request, jsonify

from app import app


@app.route("/bt00070/rules/parse", methods=["POST"])
def parse_rules():
    text_in = request.get_data(as_text=True)
    rules = yaml.load(text_in, Loader=yaml.SafeLoader)
    return jsonify(count=len(rules) if isinstance(rules, (list, dict)) else 0)
