from flask import Flask
from flask_login import LoginManager

login_manager = LoginManager()


def create_app():
    app = Flask(__name__)  # want: FG0501[medium]
    login_manager.init_app(app)
    from .posts import bp

    app.register_blueprint(bp, url_prefix="/posts")
    return app
