import os
import shutil
from pathlib import Path

from flask import Flask, request, send_file

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
