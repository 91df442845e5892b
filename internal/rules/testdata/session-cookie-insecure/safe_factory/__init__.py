"""Factory with Talisman made in extensions.py and initialised here."""
import os

from flask import Flask

from .extensions import talisman


class DevelopmentConfig:
    SESSION_COOKIE_SECURE = False


class ProductionConfig:
    SESSION_COOKIE_SECURE = True


def create_app():
    app = Flask(__name__)
    if os.environ.get("FLASK_ENV_NAME") == "production":
        app.config.from_object(ProductionConfig)
    else:
        app.config.from_object(DevelopmentConfig)
    talisman.init_app(app, content_security_policy=None)
    return app
