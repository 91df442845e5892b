from flask import Flask


def create_app():
    app = Flask(__name__)  # want: FG1001[medium]
    from .views import bp

    app.register_blueprint(bp, url_prefix="/account")
    return app
