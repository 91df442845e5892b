from datetime import timedelta


class Config:
    PERMANENT_SESSION_LIFETIME = timedelta(days=365)  # want: FG0406[medium]


class DevelopmentConfig(Config):
    PERMANENT_SESSION_LIFETIME = timedelta(days=3650)


class TestingConfig(Config):
    PERMANENT_SESSION_LIFETIME = timedelta(days=3650)


class ProductionConfig(Config):
    pass


config = {"development": DevelopmentConfig, "testing": TestingConfig, "production": ProductionConfig}
