class Config:
    BCRYPT_LOG_ROUNDS = 8  # want: FG0902[high]


class ProductionConfig(Config):
    pass


class TestingConfig(Config):
    # Test suites lower the cost on purpose.
    BCRYPT_LOG_ROUNDS = 4
