from flask import Blueprint, request, session

from testcode.common import normalize

bp = Blueprint("BenchmarkTest00059", __name__)

LANGUAGES = {"en", "de", "fr"}


@bp.route("/BenchmarkTest00059", methods=["GET", "POST"])
def choose_language():
    if (lang := normalize(request.values.get("lang"))) not in LANGUAGES:
        return "unsupported language", 400
    session["lang"] = lang
    return {"lang": lang}
