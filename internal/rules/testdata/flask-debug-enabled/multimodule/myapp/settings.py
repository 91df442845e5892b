class BaseSettings:
    DEBUG = True  # want: FG0301


class ProductionSettings(BaseSettings):
    SESSION_COOKIE_SECURE = True
