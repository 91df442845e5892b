"""CSRFProtect made in extensions.py and initialised in the factory."""
from flask import Flask, request

from .extensions import csrf


def create_app():
    app = Flask(__name__)
    csrf.init_app(app)

    @app.post("/cart")
    def add_to_cart():
        return {"item": request.form["item"]}

    return app
