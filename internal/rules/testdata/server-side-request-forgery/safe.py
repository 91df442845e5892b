import hashlib
import hmac
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, current_app, request

app = Flask(__name__)
ALLOWED = {"images.example.com"}
API = "https://api.example.com"


@app.route("/safe/preview")
def preview():
    url = request.args["url"]
    if urlsplit(url).hostname not in ALLOWED:
        abort(400)
    return requests.get(url, timeout=5).text


@app.route("/safe/books")
def books():
    isbn = request.args.get("isbn", "")
    return requests.get(API + "/books", params={"isbn": isbn}, timeout=5).text


@app.route("/safe/item/<item_id>")
def item(item_id):
    return requests.get(f"https://api.example.com/items/{item_id}", timeout=5).text


def sign(key, url):
    return hmac.new(key.encode(), url, hashlib.sha256).hexdigest()


@app.route("/safe/image")
def image():
    # The server hands out image URLs with their HMAC under its secret
    # key and fetches only a URL whose HMAC the client sends back.
    url = request.args.get("url", "").encode()
    if sign(current_app.config["SECRET_KEY"], url) != request.args.get("h"):
        abort(400)
    return requests.get(url, timeout=5).content


@app.route("/safe/image2")
def image2():
    url = request.args["url"]
    expected = sign(current_app.config["SECRET_KEY"], url.encode())
    if not hmac.compare_digest(expected, request.args.get("h", "")):
        abort(403)
    return requests.get(url, timeout=5).content
