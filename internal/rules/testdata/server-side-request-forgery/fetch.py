import hashlib
import hmac
import urllib.request

import httpx
import requests
from flask import Flask, abort, current_app, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    return requests.get(request.args["url"], timeout=5).text  # want: FG0611


@app.route("/proxy/<path:target>")
def proxy(target):
    with httpx.Client() as client:
        return client.get("http://" + target).text  # want: FG0611


@app.route("/avatar")
def avatar():
    host = request.args.get("host", "cdn.example.com")
    return urllib.request.urlopen(f"https://{host}/avatar.png").read()  # want: FG0611


@app.route("/image")
def image():
    # A hash of the secret and the URL is no MAC: length extension forges it.
    url = request.args["url"]
    digest = hashlib.sha256((current_app.config["SECRET_KEY"] + url).encode()).hexdigest()
    if digest != request.args.get("h"):
        abort(400)
    return requests.get(url, timeout=5).content  # want: FG0611


@app.route("/image2")
def image2():
    # A key written in the source signs nothing: anyone can read it.
    url = request.args["url"]
    if hmac.new(b"not-a-secret", url.encode(), hashlib.sha256).hexdigest() != request.args.get("h"):
        abort(400)
    return requests.get(url, timeout=5).content  # want: FG0611
