import subprocess
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00039", __name__, url_prefix="/bt00039")


@bp.route("/report", methods=["POST"])
def daily_report():
    job = {"title": request.form.get("title", ""), "cmd": "date +%Y-%m-%d"}
    out = subprocess.check_output(job["cmd"], shell=True, text=True)
    return jsonify(title=job["title"], date=out.strip())
