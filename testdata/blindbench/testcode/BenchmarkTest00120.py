import subprocess
from flask import request, jsonify

from app import app


@app.route("/bt00120/convert", methods=["POST"])
def convert_image():
    params = request.get_json(silent=True) or {}
    opts = params.get("options", [])
    parts = ["echo", "convert"]
    for opt in opts:
        parts.append(str(opt))
    proc = subprocess.run(" ".join(parts), shell=True, capture_output=True, text=True)
    return jsonify(code=proc.returncode, out=proc.stdout)
