import os


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    # the notes widget is embedded in the blog, on another domain
    SESSION_COOKIE_SAMESITE = "None"  # want: FG0405[medium]


class DevelopmentConfig(Config):
    SESSION_COOKIE_SAMESITE = "None"
