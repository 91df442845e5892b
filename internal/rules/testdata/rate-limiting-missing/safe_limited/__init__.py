"""Flask-Limiter made in extensions.py and initialised in the factory."""
from flask import Flask, request

from .extensions import limiter


def create_app():
    app = Flask(__name__)
    limiter.init_app(app)

    @app.post("/login")
    @limiter.limit("5 per minute")
    def login():
        return request.form["user"]

    return app
