import os

from flask import Flask
from flask_talisman import Talisman

site = Flask("site")
Talisman(site)

# decided at run time
proxied = Flask("proxied")
Talisman(proxied, force_https=not proxied.debug, strict_transport_security=os.environ.get("HSTS", False))

local = Flask("local")
if local.config["ENV"] != "production":
    Talisman(local, force_https=False)


def create_test_app():
    app = Flask("t")
    Talisman(app, force_https=False, strict_transport_security=False)
    return app


# never bound to an app
loose = Talisman(force_https=False)


@site.route("/")
def index():
    return "home"
