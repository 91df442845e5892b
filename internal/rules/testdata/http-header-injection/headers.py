from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    resp = make_response("ok")
    resp.headers["X-Echo"] = request.args["value"]  # want: FG0613[low]
    return resp


@app.route("/lang")
def lang():
    return Response("ok", headers={"Content-Language": request.args["lang"]})  # want: FG0613[low]


@app.route("/tag/<tag>")
def tag(tag):
    return "ok", 200, {"X-Tag": tag}  # want: FG0613[low]


@app.route("/custom")
def custom():
    # Werkzeug checks header values for line breaks, not names.
    resp = make_response("ok")
    resp.headers[request.args["name"]] = "1"  # want: FG0613[medium]
    return resp
