from urllib.parse import urljoin, urlparse

from flask import Flask, make_response, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    return redirect(request.args.get("next") or url_for("index"))  # want: FG0606


@app.route("/out")
def out():
    target = request.args["to"]
    resp = make_response("", 302)
    resp.headers["Location"] = target  # want: FG0606
    return resp


@app.route("/go/<path:where>")
def go(where):
    return redirect("//" + where)  # want: FG0606


@app.route("/")
def home():
    return "home"


@app.route("/jump")
def jump():
    # url_for("home") is "/", and "/" + "/evil.example" leaves the site.
    return redirect(url_for("home") + request.args.get("rest", ""))  # want: FG0606


def scheme_only(target):
    # Resolves the target but never compares its host.
    return urlparse(urljoin(request.host_url, target)).scheme in ("http", "https")


@app.route("/continue", methods=["POST"])
def cont():
    target = request.form.get("next", "")
    if target and scheme_only(target):
        return redirect(target)  # want: FG0606
    return "no"
