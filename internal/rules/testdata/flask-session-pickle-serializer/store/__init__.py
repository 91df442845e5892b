from flask import Flask

from .extensions import server_session


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(SESSION_TYPE="filesystem", SESSION_FILE_DIR="/var/lib/app/sessions")
    server_session.init_app(app)  # want: FG0409[medium]
    return app
