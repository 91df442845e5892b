import os
import subprocess

from flask import Blueprint, request

bp = Blueprint("tools", __name__)


@bp.route("/export")
def export():
    fmt = request.args.get("format", "pdf")
    os.system(f"pandoc note.md -o note.{fmt}")  # want: FG0601
    subprocess.run("convert in.png out." + fmt, shell=True)  # want: FG0601
    return "ok"


@bp.route("/ping/<host>")
def ping(host):
    out = subprocess.check_output(["sh", "-c", "ping -c1 " + host])  # want: FG0601
    return out


@bp.route("/run", methods=["POST"])
def run():
    tool = request.form["tool"]
    subprocess.Popen([tool, "--version"])  # want: FG0601
    return "started"
