"""An app factory whose config is picked per environment."""
from flask import Flask

from .config import config
from .extensions import login_manager


def create_app(name="production"):
    app = Flask(__name__)
    app.config.from_object(config[name])
    login_manager.init_app(app)
    return app
