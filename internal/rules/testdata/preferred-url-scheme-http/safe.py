"""Safe look-alikes: https, dev branches, values from the environment, other keys."""

import os

from flask import Flask

app = Flask(__name__)
app.config["PREFERRED_URL_SCHEME"] = "https"
app.config["PREFERRED_URL_SCHEME"] = os.environ["URL_SCHEME"]
if app.debug:
    app.config["PREFERRED_URL_SCHEME"] = "http"
app.config["HEALTHCHECK_SCHEME"] = "http"
PREFERRED_URL_SCHEME = "http"  # a module that no from_object loads


def configure_for_development(app):
    app.config.update(PREFERRED_URL_SCHEME="http")
