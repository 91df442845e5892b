from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    # Werkzeug 0.8 and later refuse a line break in a header value.
    resp = make_response("ok")
    resp.headers["X-Echo"] = request.args["value"]  # want: FG0613[low]
    return resp
