import os
from pathlib import Path

from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/safe/download")
def download():
    return send_from_directory(UPLOADS, request.args["file"])


@app.route("/safe/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    f.save(os.path.join(UPLOADS, secure_filename(f.filename)))
    return "saved"


@app.route("/safe/read")
def read():
    full = os.path.realpath(os.path.join(UPLOADS, request.args["file"]))
    if not full.startswith(UPLOADS + os.sep):
        abort(403)
    with open(full) as fh:
        return fh.read()


@app.route("/safe/notes")
def notes():
    name = request.args["name"]
    if ".." in name or name.startswith("/"):
        abort(400)
    return (Path(UPLOADS) / name).read_text()


@app.route("/safe/avatar/<int:user_id>")
def avatar(user_id):
    return open(os.path.join(UPLOADS, "%d.png" % user_id), "rb").read()
