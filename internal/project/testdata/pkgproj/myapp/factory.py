from flask import Flask

from .config import config


def create_app(name="default"):
    app = Flask(__name__)
    app.config.from_object(config[name])
    return app


def make_other():
    return create_app("production")


def not_a_factory():
    return {"app": 1}
