import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/safe/import", methods=["POST"])
def import_notes():
    data = yaml.safe_load(request.files["file"].read())
    other = yaml.load(request.data, Loader=yaml.SafeLoader)
    return str(len(data) + len(other))


@app.route("/safe/prefs")
def prefs():
    raw = request.cookies.get("prefs", "{}")
    return json.loads(raw)


@app.route("/safe/cache")
def cache():
    with open("/var/cache/app.pickle", "rb") as fh:
        return str(pickle.load(fh))
