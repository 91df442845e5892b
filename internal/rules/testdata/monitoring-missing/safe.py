import logging

from flask import Flask
from prometheus_flask_exporter import PrometheusMetrics

# metrics bound to this app only
metered = Flask("metered")
PrometheusMetrics(metered)

# a level on this app's own logger
leveled = Flask("leveled")
leveled.logger.setLevel(logging.INFO)


def create_test_app():
    import sentry_sdk

    sentry_sdk.init(dsn="https://public@sentry.example.com/1")
    app = Flask("t")
    return app


@metered.route("/m")
def m():
    return "m"


@leveled.route("/l")
def l():
    return "l"
