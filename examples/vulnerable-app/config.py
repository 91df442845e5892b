import os
from datetime import timedelta

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    DEBUG = True
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SECURITY_PASSWORD_SALT = "n0tes-salt"

    DATABASE = os.path.join(basedir, "notes.db")
    # nightly stats are pushed to the shared analytics database
    REPORTS_DATABASE_URI = "postgresql://admin:admin123@db.internal:5432/notes"

    UPLOAD_FOLDER = os.path.join(basedir, "uploads")
    EXPORT_FOLDER = "/tmp/notes-export"

    BOOKS_API_URL = "http://api.openbooks.example.com/v2"
    BOOKS_API_TOKEN = "ob_4f9a1c7e2b8d4e06a3f5c9d1e7b2a8f4"

    SESSION_COOKIE_SECURE = False
    # the notes widget is embedded in the blog, which lives on another domain
    SESSION_COOKIE_SAMESITE = "None"
    PERMANENT_SESSION_LIFETIME = timedelta(days=365)
    PREFERRED_URL_SCHEME = "http"
