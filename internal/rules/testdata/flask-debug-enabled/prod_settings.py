"""A settings module loaded with app.config.from_object("prod_settings")."""

DEBUG = True  # want: FG0301
SESSION_COOKIE_SECURE = True
TESTING, PROPAGATE_EXCEPTIONS = False, True
