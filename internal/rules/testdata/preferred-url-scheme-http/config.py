class Config:
    SERVER_NAME = "notes.example.com"
    PREFERRED_URL_SCHEME = "http"  # want: FG1404[medium]


class ProductionConfig(Config):
    pass


class DevelopmentConfig(Config):
    PREFERRED_URL_SCHEME = "http"


class SecureConfig(Config):
    PREFERRED_URL_SCHEME = "https"
