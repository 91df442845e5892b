from flask import Flask
from flask_talisman import Talisman

talisman = Talisman()


def create_app():
    app = Flask(__name__)
    talisman.init_app(
        app,
        frame_options=None,  # want: FG0802[medium]
        strict_transport_security_max_age=0,  # want: FG0802[medium]
        referrer_policy="no-referrer-when-downgrade",  # want: FG0802[low]
    )

    @app.route("/")
    def index():
        return "home"

    return app
