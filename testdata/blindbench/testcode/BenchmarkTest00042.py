import hashlib
from flask import Blueprint, make_response, request

bp = Blueprint("bt00042", __name__, url_prefix="/bt00042")


@bp.route("/catalog.json")
def catalog():
    body = '{"items": ["apple", "pear", "plum"]}'
    etag = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return "", 304
    resp = make_response(body)
    resp.headers["Content-Type"] = "application/json"
    resp.headers["ETag"] = etag
    return resp
