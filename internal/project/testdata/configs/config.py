class BaseConfig:
    DEBUG = True
    SECRET_KEY = "x"


class ProductionConfig(BaseConfig):
    pass


class StagingConfig(BaseConfig):
    DEBUG = False


class Mixin:
    TESTING = True


class Combined(StagingConfig, Mixin):
    pass
