class BaseSettings:
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_TIME_LIMIT = None


class DevSettings(BaseSettings):
    SESSION_COOKIE_SECURE = False


class ProdSettings(BaseSettings):
    PREFERRED_URL_SCHEME = "https"
