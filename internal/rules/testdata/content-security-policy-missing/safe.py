from flask import Blueprint, Flask
from flask_talisman import Talisman

# Talisman's default policy: default-src 'self'; object-src 'none'
site = Flask("site")
Talisman(site, force_https=True)

# a policy set by a blueprint's app-wide hook
shop = Flask("shop")
common = Blueprint("common", __name__)


@common.after_app_request
def policy(resp):
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp


shop.register_blueprint(common)

# Talisman's policy off, but a hook sends one
api = Flask("api")
Talisman(api, content_security_policy=None)


@api.after_request
def api_policy(resp):
    resp.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    return resp


# a Flask object that serves nothing, and an app made for tests
worker = Flask("worker")


def create_test_app():
    app = Flask("t")

    @app.route("/t")
    def t():
        return "t"

    return app


@site.route("/")
def index():
    return "home"


@shop.route("/s")
def s():
    return "s"


@api.route("/a")
def a():
    return "a"
