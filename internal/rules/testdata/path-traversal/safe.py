import os
from pathlib import Path

from flask import Flask, abort, current_app, request, send_file, send_from_directory
from werkzeug.exceptions import NotFound
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


def cover_number(raw):
    # Returns only when raw is a number: int() raises on anything else.
    try:
        return int(raw)
    except ValueError:
        raise NotFound()


@app.route("/safe/cover")
def cover():
    raw = request.args["id"]
    try:
        number = cover_number(raw)
    except NotFound:
        number = None
    if not number:
        abort(404)
    return send_file(os.path.join(UPLOADS, raw + ".jpg"))


@app.route("/safe/library")
def library():
    # The folder is read from the configuration by the client's key: it
    # is a configured folder, not the key.
    folder = current_app.config["LIBRARIES"].get(request.args["lib"], UPLOADS)
    return send_from_directory(folder, "index.json")
