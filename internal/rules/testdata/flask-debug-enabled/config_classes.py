"""Config classes: development and testing classes may debug; production
must not, not even by inheriting DEBUG from a base class."""

from flask import Flask


class Config:
    DEBUG = True  # want: FG0301
    SESSION_COOKIE_HTTPONLY = True


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True


class StagingConfig(Config):
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = True


class TestingConfig(Config):
    DEBUG = True
    TESTING = True


class LocalConfig(Config):
    DEBUG = True


class DevConfig:
    DEBUG = True


class QAConfig(Config):
    DEBUG, TESTING = True, False  # want: FG0301


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "local": LocalConfig,
    "dev": DevConfig,
    "staging": StagingConfig,
    "qa": QAConfig,
    "production": ProductionConfig,
}


def create_app(name):
    app = Flask(__name__)
    app.config.from_object(config[name])
    return app
