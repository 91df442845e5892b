import shlex
import subprocess
from flask import Blueprint, request

bp = Blueprint("bt00038", __name__, url_prefix="/bt00038")


@bp.route("/wc", methods=["POST"])
def word_count():
    text = request.form.get("text", "")
    cmd = "echo %s | wc -w" % shlex.quote(text)
    out = subprocess.check_output(cmd, shell=True, text=True)
    return {"words": int(out.strip())}
