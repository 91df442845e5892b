import subprocess
from flask import request, jsonify

from app import app


@app.route("/bt00049/echo")
def echo_value():
    value = request.args.get("v", "")
    cmd = "echo ok"
    if 3 * 5 > 100:
        cmd = "echo " + value
    out = subprocess.check_output(cmd, shell=True, text=True)
    return jsonify(out=out.strip())
