"""Environment lookups that fall back to a literal when the variable is unset."""

import os
from os import environ, getenv

from decouple import config

SECRET_KEY = os.environ.get("SECRET_KEY", "dev")  # want: FG0201[critical]
SECRET_KEY = os.getenv("SECRET_KEY", "x-not-listed-99")  # want: FG0201[high]
SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess string"  # want: FG0201[critical]
SECRET_KEY = environ.get("FLASK_SECRET_KEY", default="abc-fallback-7")  # want: FG0201
SECRET_KEY = getenv("APP_KEY", "generic-fallback-8")  # want: FG0201
SECRET_KEY = config("SECRET_KEY", default="decouple-default-9")  # want: FG0201
SECRET_KEY = os.environ.setdefault("SECRET_KEY", "setdefault-10")  # want: FG0201
key = os.environ.get("SECRET_KEY", "anywhere-11")  # want: FG0201


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "you-will-never-guess"  # want: FG0201[critical]
    WTF_CSRF_SECRET_KEY = os.getenv("WTF_CSRF_SECRET_KEY", "csrf-fallback-12")  # want: FG0201
