import base64
import pickle

import yaml
from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def load_prefs():
    raw = request.cookies.get("prefs")
    if raw:
        g.prefs = pickle.loads(base64.b64decode(raw))  # want: FG0607


@app.route("/import", methods=["POST"])
def import_notes():
    data = yaml.load(request.files["file"].read(), Loader=yaml.Loader)  # want: FG0607
    return str(len(data))


@app.route("/restore", methods=["POST"])
def restore():
    blob = request.get_data()
    state = pickle.Unpickler(blob)  # want: FG0607
    return str(state)
