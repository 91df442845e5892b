from flask import Flask
from flask_talisman import Talisman

talisman = Talisman()


def create_app():
    app = Flask(__name__)
    talisman.init_app(app, strict_transport_security=0)  # want: FG1405
    return app
