import os
import shutil
from pathlib import Path

from flask import Flask, current_app, request, send_file
from werkzeug.exceptions import NotFound

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args["file"]
    return send_file(os.path.join(UPLOADS, name))  # want: FG0605


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    f.save(os.path.join(UPLOADS, f.filename))  # want: FG0605
    return "saved"


@app.route("/read/<path:rel>")
def read(rel):
    with open(UPLOADS + "/" + rel) as fh:  # want: FG0605
        return fh.read()


@app.route("/notes/<name>")
def notes(name):
    return (Path(UPLOADS) / name).read_text()  # want: FG0605


@app.route("/delete", methods=["POST"])
def delete():
    shutil.rmtree(os.path.join(UPLOADS, request.form["dir"]))  # want: FG0605
    return "deleted"


def page_number(raw):
    try:
        return int(raw)
    except ValueError:
        raise NotFound()


@app.route("/page")
def page():
    raw = request.args["n"]
    try:
        page_number(raw)
    except NotFound:
        pass  # the check's outcome is dropped: raw is still any text
    return send_file(os.path.join(UPLOADS, raw + ".html"))  # want: FG0605


@app.route("/thumb")
def thumb():
    # An object the engine does not know may build its answer from the
    # key (a file cache returns os.path.join(cache_dir, key)).
    return send_file(current_app.thumbs.get(request.args["key"]))  # want: FG0605
