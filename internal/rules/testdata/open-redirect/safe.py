from urllib.parse import urljoin, urlparse, urlsplit

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


@app.route("/safe/find")
def find():
    # url_for of a view whose rule is longer than "/" starts a path of
    # this site; nothing appended can make it "//host".
    query = request.args.get("q", "")
    return redirect(url_for("find") + query)


def same_site(target):
    here = urlparse(request.host_url)
    there = urlparse(urljoin(request.host_url, target))
    return there.scheme in ("http", "https") and here.netloc == there.netloc


def next_target(form):
    for target in (form.get("next"), request.referrer):
        if target and same_site(target):
            return target
    return url_for("find")


@app.route("/safe/done", methods=["POST"])
def done():
    return redirect(next_target(request.form))
