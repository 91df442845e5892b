from flask import Flask, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app, supports_credentials=True)  # want: FG0804[medium]


@app.route("/me")
def me():
    return {"user": "x"}


@app.route("/widget")
@cross_origin(origins="*", supports_credentials=True)  # want: FG0804
def widget():
    return "w"


api = Flask("api")
api.config["SESSION_COOKIE_SAMESITE"] = "None"
CORS(api, resources={r"/v1/*": {"origins": "*"}}, supports_credentials=True)  # want: FG0804[high]


@api.route("/v1/items")
def items():
    return []


partner = Flask("partner")


@partner.after_request
def cors_headers(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")  # want: FG0804[medium]
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


legacy = Flask("legacy")


@legacy.after_request
def legacy_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"  # want: FG0804[info]
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
