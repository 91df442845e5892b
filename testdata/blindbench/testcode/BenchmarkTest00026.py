import pickle
from flask import Blueprint, request, jsonify

bp = Blueprint("bt00026", __name__, url_prefix="/bt00026")

DEFAULT_PREFS = pickle.dumps({"theme": "light", "lang": "en"})


@bp.route("/prefs/defaults")
def default_prefs():
    candidates = [DEFAULT_PREFS, request.cookies.get("prefs", "")]
    prefs = pickle.loads(candidates[0])
    return jsonify(prefs=prefs, raw_len=len(candidates[1]))
