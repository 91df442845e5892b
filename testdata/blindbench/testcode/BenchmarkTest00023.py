import ast
from flask import request, jsonify

from app import app


@app.route("/bt00023/parse", methods=["POST"])
def parse_literal():
    raw = request.form.get("value", "[]")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify(error="bad literal"), 400
    return jsonify(kind=type(value).__name__)
