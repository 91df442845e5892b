"""Safe look-alikes: names and values that are not hard-coded credentials."""

import getpass
import os

import requests
from flask import Flask, request
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField

app = Flask(__name__)

TOKEN_EXAMPLE = """
    API_KEY = "a8f5f167f44f4964e6c998dee827110c"  (a docstring-like block is still a literal,
    but this one holds no known format and is not assigned to a credential name)
"""


class Config:
    """Configuration.

    Set BOOKS_API_TOKEN=ob_4f9a1c7e2b8d4e06a3f5c9d1e7b2a8f4 in the environment;
    a key like ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 goes into the secret store.
    """

    BOOKS_API_TOKEN = os.environ["BOOKS_API_TOKEN"]
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    STRIPE_API_KEY = os.getenv("STRIPE_API_KEY", "")
    SLACK_TOKEN = os.environ.get("SLACK_TOKEN", None)
    GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN") or None
    # Names of things about credentials, not credentials.
    TOKEN_HEADER = "X-Auth-Token"
    API_KEY_HEADER = "X-API-Key"
    PASSWORD_FIELD = "password"
    PASSWORD_MIN_LENGTH = 12
    PASSWORD_RESET_SALT_NAME = "reset"
    TOKEN_URL = "https://oauth2.googleapis.com/token"
    PASSWORD_HASH = "pbkdf2:sha256:600000$abc$def"
    ACCESS_KEY_ID = "build-bot"
    TOKEN_TTL = 3600
    TOKEN_TYPE = "Bearer"
    API_TOKEN_ENV = "BOOKS_API_TOKEN"
    SECRET_FILE = "/run/secrets/api_token"
    NEXT_PAGE_TOKEN = "start"
    # Placeholders.
    API_KEY = "changeme"
    MAIL_PASSWORD_DEFAULT = ""
    WEBHOOK_SECRET = "<set-in-production>"
    SENTRY_TOKEN = "your-token-here"
    DB_PASSWORD = "********"
    TWILIO_AUTH_TOKEN = "${TWILIO_AUTH_TOKEN}"
    # Messages.
    INVALID_PASSWORD = "Invalid password"
    WRONG_TOKEN = "The token has expired."
    # AWS's documented example key.
    DOCS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"


class LoginForm(FlaskForm):
    username = StringField("Username")
    password = PasswordField("Password", render_kw={"placeholder": "Password", "autocomplete": "current-password"})


def login():
    password = request.form.get("password", "")
    token = request.headers.get("X-Auth-Token", "")
    data = {"grant_type": "refresh_token", "refresh_token": request.form["refresh_token"]}
    headers = {"Authorization": f"Bearer {token}"}
    headers["Authorization"] = "Bearer " + token
    requests.post("https://auth.corp.net/token", data=data, headers=headers, auth=("client", os.environ["CLIENT_SECRET"]))
    return password


def prompt():
    return getpass.getpass("Password: ")


# Code that parses PEM files compares against the header alone.
PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"
# The jwt.io sample token from the tutorials.
SAMPLE_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
# Flask's signing key is FG0201's, not this rule's.
SECRET_KEY = "a-flask-signing-key-1f9a"
app.config["SECRET_KEY"] = "another-flask-key-2b8c"
# A password inside a URL is FG0202's.
DATABASE_PASSWORD_URL = "postgresql://app:Vn3x8qLm@db.internal/app"


def redact(user, password):
    # Masks, not credentials.
    if password is not None:
        password = ":****"
    return user, password


# A lexer's token pattern.
identifier_token = r"[^\W\d]\w*"
string_token = r'"(\\\\|\\"|[^"])*"'
