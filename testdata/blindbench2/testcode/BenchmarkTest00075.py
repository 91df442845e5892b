import base64
import json
import pickle

from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00075", __name__)


class Codec:
    def __init__(self):
        self.readers = {"json": json.loads, "bin": pickle.loads}

    def read(self, kind, blob):
        return self.readers[kind](blob)


@bp.route("/BenchmarkTest00075", methods=["POST"])
def restore_state():
    kind = request.headers.get("X-Format", "json")
    blob = request.get_data()
    if kind == "bin":
        blob = base64.b64decode(blob)
    try:
        state = Codec().read(kind, blob)
    except (KeyError, ValueError):
        return "unreadable state", 400
    return {"restored": isinstance(state, dict)}
