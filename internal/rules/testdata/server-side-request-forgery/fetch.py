import urllib.request

import httpx
import requests
from flask import Flask, request

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
