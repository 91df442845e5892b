from flask import Flask

from .settings import ProductionSettings


def create_app():
    app = Flask(__name__)
    app.config.from_object(ProductionSettings)
    return app
