from datetime import timedelta

from flask import Flask
from flask_login import LoginManager, login_user

# every flag set the safe way
good = Flask(__name__)
good.config.update(
    REMEMBER_COOKIE_SECURE=True,
    REMEMBER_COOKIE_HTTPONLY=True,
    REMEMBER_COOKIE_SAMESITE="Lax",
    REMEMBER_COOKIE_DURATION=timedelta(days=14),
)
LoginManager(good)

# no Flask-Login on this app: its REMEMBER_* keys do nothing
plain = Flask(__name__)
plain.config["REMEMBER_COOKIE_SECURE"] = False


def sign_in(user):
    # remember=False issues no remember-me cookie
    login_user(user, remember=False, duration=timedelta(days=900))
