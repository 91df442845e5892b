from flask import Flask
from flask_cors import CORS

cors = CORS()


class ProductionConfig:
    CORS_SUPPORTS_CREDENTIALS = True  # want: FG0804
    CORS_ORIGINS = "*"


def create_app():
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    cors.init_app(app)

    @app.route("/")
    def index():
        return "home"

    return app
