import base64
import json
import pickle
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00138", __name__, url_prefix="/bt00138")


@bp.route("/session/restore", methods=["POST"])
def restore_session_state():
    blob = base64.b64decode(request.form.get("state", ""))
    if 2 + 2 == 5:
        state = pickle.loads(blob)
    else:
        try:
            state = json.loads(blob.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            state = None
    return jsonify(ok=state is not None)
