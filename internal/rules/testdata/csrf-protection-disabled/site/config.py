import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    WTF_CSRF_TIME_LIMIT = 7200


class DevelopmentConfig(Config):
    WTF_CSRF_ENABLED = False


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False  # the test client posts forms without tokens


class ProductionConfig(Config):
    # the mobile app could not send the token
    WTF_CSRF_ENABLED = False  # want: FG0502[medium]


configs = {"development": DevelopmentConfig, "testing": TestingConfig, "production": ProductionConfig}
