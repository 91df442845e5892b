import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_SECURE = True


class DevelopmentConfig(Config):
    # the development server speaks plain HTTP: fine here
    SESSION_COOKIE_SECURE = False


class TestingConfig(Config):
    TESTING = True
    SESSION_COOKIE_SECURE = False


class ProductionConfig(Config):
    # TODO switch back on once the load balancer terminates TLS
    SESSION_COOKIE_SECURE = False  # want: FG0403[medium]


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
