from urllib.parse import quote

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/safe/echo")
def echo():
    resp = make_response("ok")
    resp.headers["X-Echo"] = quote(request.args["value"])
    resp.headers["X-Count"] = str(int(request.args["count"]))
    resp.headers["X-Clean"] = request.args["v"].replace("\n", "").replace("\r", "")
    resp.headers["X-Static"] = "yes"
    return resp
