from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)
ALLOWED_HOSTS = {"example.com", "docs.example.com"}


def is_safe_next(target):
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


@app.route("/safe/login", methods=["POST"])
def login():
    next_url = request.args.get("next", "")
    if not is_safe_next(next_url):
        next_url = url_for("index")
    return redirect(next_url)


@app.route("/safe/out")
def out():
    target = request.args["to"]
    if urlsplit(target).netloc not in ALLOWED_HOSTS:
        abort(400)
    return redirect(target)


@app.route("/safe/profile/<name>")
def profile(name):
    return redirect("/users/" + name)


@app.route("/safe/back")
def back():
    return redirect(url_for("index", next=request.args.get("next")))
