import os
from datetime import timedelta

basedir = os.path.abspath(os.path.dirname(__file__))
instance = os.path.join(basedir, "instance")


class Config:
    # no default on purpose: the app must not start without a real key
    SECRET_KEY = os.environ["SECRET_KEY"]

    DATABASE = os.environ.get("NOTES_DATABASE", os.path.join(instance, "notes.db"))
    REPORTS_DATABASE_URI = os.environ.get("REPORTS_DATABASE_URI")
    UPLOAD_FOLDER = os.environ.get("NOTES_UPLOAD_FOLDER", os.path.join(instance, "uploads"))
    EXPORT_FOLDER = os.environ.get("NOTES_EXPORT_FOLDER", os.path.join(instance, "exports"))
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024

    BOOKS_API_URL = "https://api.openbooks.example.com/v2"
    BOOKS_API_TOKEN = os.environ.get("BOOKS_API_TOKEN")

    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    PREFERRED_URL_SCHEME = "https"

    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "redis://localhost:6379/0")
    RATELIMIT_HEADERS_ENABLED = True
