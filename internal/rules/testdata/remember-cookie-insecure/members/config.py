from datetime import timedelta


class ProductionConfig:
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = False  # want: FG0407[medium]
    REMEMBER_COOKIE_SAMESITE = "None"  # want: FG0407[low]
    REMEMBER_COOKIE_DURATION = timedelta(days=3650)  # want: FG0407[low]


class DevelopmentConfig:
    REMEMBER_COOKIE_SECURE = False
    REMEMBER_COOKIE_DURATION = timedelta(days=3650)
