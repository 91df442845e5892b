import pickle
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00005", __name__, url_prefix="/bt00005")


class SnapshotStore:
    def restore(self, stream):
        return pickle.load(stream)


@bp.route("/snapshot", methods=["POST"])
def restore_snapshot():
    upload = request.files["snapshot"]
    state = SnapshotStore().restore(upload.stream)
    size = len(state) if hasattr(state, "__len__") else 0
    return jsonify(restored=True, size=size)
