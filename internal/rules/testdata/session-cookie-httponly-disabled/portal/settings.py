import os


class BaseConfig:
    SESSION_COOKIE_HTTPONLY = True


class DevConfig(BaseConfig):
    # the frontend dev server reads the cookie to show the login state
    SESSION_COOKIE_HTTPONLY = False


class TestConfig(BaseConfig):
    SESSION_COOKIE_HTTPONLY = False


class ProdConfig(BaseConfig):
    SESSION_COOKIE_HTTPONLY = os.environ.get("COOKIE_HTTPONLY", False)  # want: FG0404[low]


CONFIGS = {"dev": DevConfig, "test": TestConfig, "prod": ProdConfig}
