from flask import Flask
from flask_talisman import Talisman

talisman = Talisman()


def create_app():
    app = Flask(__name__)
    talisman.init_app(
        app,
        content_security_policy=None,  # want: FG1201[medium]
    )

    @app.route("/")
    def index():
        return "home"

    return app
