from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

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
