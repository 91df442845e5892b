import os


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


class DevelopmentConfig(Config):
    SESSION_COOKIE_SECURE = False


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True


config = {"development": DevelopmentConfig, "production": ProductionConfig}
