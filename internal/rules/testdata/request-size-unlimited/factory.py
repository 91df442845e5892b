from flask import Flask, request


class DevelopmentConfig:
    MAX_CONTENT_LENGTH = 1024 * 1024


class ProductionConfig:
    SESSION_COOKIE_SECURE = True


config = {"development": DevelopmentConfig, "production": ProductionConfig}


def create_app(name="production"):
    app = Flask(__name__)  # want: FG0620
    app.config.from_object(config[name])

    @app.post("/form")
    def form():
        return request.form["x"]

    return app
