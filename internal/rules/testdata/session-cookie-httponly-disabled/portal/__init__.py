from flask import Flask


def create_app(env="production"):
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])
    return app


from .settings import CONFIGS  # noqa: E402  (circular import, as in many projects)
