import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from .config import configs

csrf = CSRFProtect()


def create_app():
    app = Flask(__name__)
    app.config.from_object(configs[os.environ.get("SITE_ENV", "production")])
    csrf.init_app(app)
    return app
