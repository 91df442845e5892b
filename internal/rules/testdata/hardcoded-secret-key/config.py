"""Module- and class-level keys, as config modules write them."""


class Config:
    SECRET_KEY = "class-level-key-13"  # want: FG0201
    SECRET_KEY_FALLBACKS = ("old-1", "old-2")  # want: FG0201 FG0201


class DevelopmentConfig(Config):
    # Development classes are not exempt: the key is still in the repository.
    SECRET_KEY = "dev"  # want: FG0201[critical]


SECRET_KEY = "module-level-key-14"  # want: FG0201
SECURITY_PASSWORD_SALT = "salt"  # want: FG0201[critical]
