from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    resp = make_response("ok")
    resp.headers["X-Echo"] = request.args["value"]  # want: FG0613
    return resp


@app.route("/lang")
def lang():
    return Response("ok", headers={"Content-Language": request.args["lang"]})  # want: FG0613


@app.route("/tag/<tag>")
def tag(tag):
    return "ok", 200, {"X-Tag": tag}  # want: FG0613
