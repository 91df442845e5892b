import os
import shlex
import subprocess

from flask import Blueprint, abort, request

bp = Blueprint("safe_tools", __name__)
FORMATS = {"pdf", "docx", "html"}


@bp.route("/safe/export")
def export():
    fmt = request.args.get("format", "pdf")
    if fmt not in FORMATS:
        abort(400)
    os.system(f"pandoc note.md -o note.{fmt}")
    return "ok"


@bp.route("/safe/list")
def listing():
    name = request.args.get("name", "")
    subprocess.run(["ls", "-l", name], check=True)
    os.system("ls -l " + shlex.quote(name))
    os.system("du -sh /srv/%d" % int(request.args["id"]))
    return "ok"


@bp.route("/safe/constant")
def constant():
    cmd = request.args.get("cmd")
    cmd = "uptime"
    os.system(cmd)
    return "ok"
