import subprocess
from flask import Blueprint, request

bp = Blueprint("bt00066", __name__, url_prefix="/bt00066")

LOG_FILE = "/tmp/heldout2/data/app.log"


def build_grep(term, logfile):
    return "grep -c %s %s" % (term, logfile)


@bp.route("/logs/count", methods=["POST"])
def count_matches():
    term = request.form["term"]
    cmd = build_grep(term, LOG_FILE)
    try:
        out = subprocess.check_output(cmd, shell=True, text=True)
    except subprocess.CalledProcessError as exc:
        out = exc.output or "0"
    return {"matches": out.strip()}
