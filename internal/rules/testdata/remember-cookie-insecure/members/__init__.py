import os

from flask import Flask

from .config import DevelopmentConfig, ProductionConfig
from .extensions import login_manager


def create_app():
    app = Flask(__name__)  # want: FG0407[low]
    if os.environ.get("MEMBERS_ENV") == "production":
        app.config.from_object(ProductionConfig)
    else:
        app.config.from_object(DevelopmentConfig)
    login_manager.init_app(app)
    from .views import bp

    app.register_blueprint(bp)
    return app
