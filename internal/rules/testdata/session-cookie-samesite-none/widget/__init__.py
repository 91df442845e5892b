"""An embedded widget done right: SameSite=None with Secure and CSRF tokens."""
from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


def create_app():
    app = Flask(__name__)
    app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="None")
    csrf.init_app(app)
    return app
