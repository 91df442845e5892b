import os

from flask import Flask, request
from flask_cors import CORS, cross_origin

ALLOWED_ORIGINS = {"https://app.example.com"}

# credentials for listed origins only
shop = Flask("shop")
CORS(shop, origins=["https://app.example.com", "https://admin.example.com"], supports_credentials=True)

# a public API: any origin, but no cookies
public = Flask("public")
CORS(public)

# credentials from the environment are the deployment's decision
envd = Flask("envd")
CORS(envd, supports_credentials=os.environ.get("CORS_CREDENTIALS", True))

# Flask-CORS refuses to start with send_wildcard and credentials
broken = Flask("broken")
CORS(broken, supports_credentials=True, send_wildcard=True)

# the echoed origin is checked against a list first
checked = Flask("checked")


@checked.after_request
def checked_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


# an origin from configuration is not the request's
configured = Flask("configured")


@configured.after_request
def configured_cors(resp):
    allowed_origin = configured.config["FRONTEND_ORIGIN"]
    resp.headers["Access-Control-Allow-Origin"] = allowed_origin
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@shop.route("/widget")
@cross_origin(origins=["https://blog.example.com"], supports_credentials=True)
def widget():
    return "w"


@public.route("/feed")
@cross_origin()
def feed():
    return []


def create_test_app():
    app = Flask("t")
    CORS(app, supports_credentials=True)
    return app


dev = Flask("dev")
if dev.debug:
    CORS(dev, supports_credentials=True)
