from flask import Flask, Response, make_response, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    return f"<h2>Results for {q}</h2>"  # want: FG0604


@app.route("/greet/<name>")
def greet(name):
    return "<p>Hi " + name + "</p>", 200  # want: FG0604


@app.route("/bio")
def bio():
    resp = make_response("<div>%s</div>" % request.args["bio"])  # want: FG0604
    return resp


@app.route("/raw")
def raw():
    return Response(request.args["html"])  # want: FG0604


@app.route("/note")
def note():
    body = Markup(request.args["body"])  # want: FG0604
    return body


@app.route("/badge")
def badge():
    # SVG is a document: its script runs.
    return Response(request.args["svg"], headers={"Content-Type": "image/svg+xml"})  # want: FG0604


@app.route("/maybe")
def maybe():
    resp = make_response(request.args["body"])  # want: FG0604
    if request.args.get("plain"):
        resp.mimetype = "text/plain"
    return resp
