"""Keys written into the app and its config."""

import os

from flask import Flask
from flask import Flask as F

app = Flask(__name__)
app.secret_key = "s3cr3t-but-not-in-the-wordlist-1f9a"  # want: FG0201[high]
app.secret_key = b"\xde\xad\xbe\xef\x00\x11\x22\x33"  # want: FG0201[high]
app.config["SECRET_KEY"] = "dev"  # want: FG0201[critical]
app.config["SECRET_KEY"] = "you-will-never-guess"  # want: FG0201[critical]
app.config["SECRET_KEY"] = "Keyboard Cat"  # want: FG0201[critical]
app.config["WTF_CSRF_SECRET_KEY"] = "a-csrf-secret-4c1d"  # want: FG0201
app.config["SECURITY_PASSWORD_SALT"] = "146585145368132386173505678016728509634"  # want: FG0201
app.config.update(SECRET_KEY="changeme")  # want: FG0201[critical]
app.config.update({"SECRET_KEY": "9b4e2f0c5d7a8e1f3b6c9d2e5f8a1b4c"})  # want: FG0201[high]
app.config.from_mapping(SECRET_KEY="dev", DATABASE="/tmp/flaskr.sqlite")  # want: FG0201
app.config.setdefault("SECRET_KEY", "fallback-key-77")  # want: FG0201
app.config["SECRET_KEY_FALLBACKS"] = ["old-key-1", "old-key-2"]  # want: FG0201 FG0201
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SECRET_KEY="multi-line-key-a8c3",  # want: FG0201
)
Flask(__name__).config["SECRET_KEY"] = "inline-app-key-1"  # want: FG0201

other = F(__name__)
other.secret_key = "aliased-app-key-2"  # want: FG0201

# A constant under another name is reported where it is used as the key.
KEY = "module-constant-key-3"
app.secret_key = KEY  # want: FG0201

# Dicts given to the config are reported at the literal.
base = {"SECRET_KEY": "dict-literal-key-4", "DEBUG": False}  # want: FG0201
app.config.update(base)
app.config.update(dict(SECRET_KEY="dict-call-key-5"))  # want: FG0201

# Put into the environment by the code itself.
os.environ["SECRET_KEY"] = "env-assigned-key-6"  # want: FG0201


def configure(app):
    # The receiver is unknown, but only Flask configs look like this.
    app.config["SECRET_KEY"] = "in-a-function-7"  # want: FG0201
