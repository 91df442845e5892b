import os
from flask import request, jsonify

from app import app

BASE_DIR = "/tmp/heldout2/data/public"


@app.route("/bt00063/docs")
def read_doc():
    name = request.args.get("name", "readme.txt")
    path = os.path.join(BASE_DIR, name)
    try:
        with open(path, encoding="utf-8") as fh:
            content = fh.read()
    except OSError:
        return jsonify(error="not found"), 404
    return jsonify(name=name, content=content)
