import os
from flask import Blueprint, request

bp = Blueprint("bt00064", __name__, url_prefix="/bt00064")


class Archiver:
    def __init__(self, target):
        self.target = target

    def command(self):
        return "tar -czf /tmp/heldout2/data/backup.tgz -C /tmp/heldout2/data " + self.target

    def run(self):
        with os.popen(self.command()) as pipe:
            return pipe.read()


@bp.route("/backup", methods=["POST"])
def backup():
    target = request.headers.get("X-Backup-Target", "public")
    Archiver(target).run()
    return "queued", 202
