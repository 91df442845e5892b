from flask import request, session, jsonify

from app import app

SUPPORTED_LANGS = ("en", "de", "fr", "es")


@app.route("/bt00029/lang")
def set_language():
    lang = request.args.get("lang", "en")
    if lang not in SUPPORTED_LANGS:
        lang = "en"
    session["lang"] = lang
    return jsonify(lang=lang)
