import hashlib

from flask import Blueprint, make_response, request

bp = Blueprint("BenchmarkTest00048", __name__)

ARTICLES = {"intro": "Welcome to the handbook.", "faq": "Frequently asked questions."}


@bp.route("/BenchmarkTest00048")
def article():
    slug = request.args.get("slug", "intro")
    if (text := ARTICLES.get(slug)) is None:
        return "no such article", 404
    resp = make_response(text)
    resp.headers["ETag"] = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
    return resp
