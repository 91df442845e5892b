import hashlib
from flask import request, jsonify

from app import app

_CACHE = {}


@app.route("/bt00052/search/cached")
def cached_search():
    query = request.args.get("q", "")
    key = hashlib.md5(query.encode("utf-8"), usedforsecurity=False).hexdigest()
    if key not in _CACHE:
        _CACHE[key] = {"q": query, "hits": len(query) % 7}
    return jsonify(_CACHE[key])
