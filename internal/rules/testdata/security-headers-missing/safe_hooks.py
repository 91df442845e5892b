from flask import Blueprint, Flask

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

app = Flask(__name__)


@app.route("/")
def index():
    return "home"


@app.after_request
def security_headers(response):
    response.headers.update(SECURITY_HEADERS)
    return response


# an app whose headers come from a blueprint's app-wide hook
other = Flask("other")
common = Blueprint("common", __name__)


@common.after_app_request
def frame_options(resp):
    resp.headers.set("X-Frame-Options", "SAMEORIGIN")
    return resp


other.register_blueprint(common)


@other.route("/x")
def x():
    return "x"
