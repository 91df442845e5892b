import os
from flask import jsonify

from app import app


@app.route("/bt00009/tail/<int:lines>")
def tail_log(lines):
    rc = os.system("tail -n %d /tmp/heldout2/data/app.log > /dev/null" % lines)
    return jsonify(rc=rc, lines=lines)
