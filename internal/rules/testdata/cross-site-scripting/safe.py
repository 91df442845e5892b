import json

from flask import Flask, Response, jsonify, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/safe/search")
def search():
    q = request.args.get("q", "")
    return f"<h2>Results for {escape(q)}</h2>"


@app.route("/safe/api")
def api():
    return {"q": request.args.get("q", "")}


@app.route("/safe/json")
def as_json():
    return jsonify(q=request.args.get("q", ""))


@app.route("/safe/text")
def text():
    return Response(request.args.get("q", ""), mimetype="text/plain")


@app.route("/safe/template")
def template():
    return render_template("search.html", q=request.args.get("q", ""))


@app.route("/safe/markup")
def markup():
    return Markup("<b>%s</b>") % request.args.get("q", "")


@app.route("/safe/count/<int:n>")
def count(n):
    return "<p>%d items</p>" % n


@app.route("/safe/stream")
def stream():
    data = {"q": request.args.get("q", "")}

    def lines():
        yield json.dumps(data) + "\n"

    return Response(lines(), headers={"Content-Type": "application/json"})


@app.route("/safe/plain")
def plain():
    resp = make_response(request.args.get("q", ""))
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Content-Type"] = "text/plain; charset=utf-8"
    return resp


@app.route("/safe/csv")
def csv():
    return request.args.get("q", ""), 200, {"Content-Type": "text/csv"}


@app.route("/safe/filled")
def filled():
    resp = jsonify(ok=True)
    resp.set_data(json.dumps({"q": request.args.get("q", "")}))
    return resp
