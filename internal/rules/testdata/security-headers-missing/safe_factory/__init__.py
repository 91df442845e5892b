from flask import Flask

from .extensions import talisman
from .views import bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(bp)
    talisman.init_app(app, force_https=True)
    return app
