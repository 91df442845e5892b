from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    # Werkzeug 0.7 lets a line break through a header value.
    resp = make_response("ok")
    resp.headers["X-Echo"] = request.args["value"]  # want: FG0613[medium]
    return resp
