import os
from flask import request, jsonify

from app import app


@app.route("/bt00117/ping")
def ping_host():
    host = request.args.get("host", "localhost")
    rc = os.system(f"echo checking {host} >/dev/null 2>&1")
    return jsonify(status=rc)
