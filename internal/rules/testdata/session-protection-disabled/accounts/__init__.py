from flask import Flask

from .extensions import login_manager


def create_app():
    app = Flask(__name__)
    login_manager.init_app(app)
    return app
