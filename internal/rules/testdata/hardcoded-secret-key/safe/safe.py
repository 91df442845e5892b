"""Safe look-alikes: none of these may be reported."""

import os
import secrets
from pathlib import Path

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY")
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", None)
# Random at each start: not hard-coded (sessions do not survive a restart,
# and differ between workers, but that is another matter).
app.secret_key = secrets.token_hex(32)
app.secret_key = os.urandom(24)
app.config["SECRET_KEY"] = Path("/run/secrets/flask_key").read_text().strip()
app.config["SECRET_KEY"] = f"{os.environ['KEY_PREFIX']}-suffix"
SECRET_KEY = None
secret_key_name = "SECRET_KEY"
app.config[secret_key_name] = os.environ[secret_key_name]
app.config["SECRET_KEY_PATH"] = "/run/secrets/key"
app.config["SECRET_KEY"] = SECRET_KEY
database_url = os.environ.get("DATABASE_URL", "sqlite:///dev.db")
key_file = os.environ.get("SECRET_KEY_FILE", "/run/secrets/flask_key")


def create_token():
    SECRET_KEY = "local-variable"
    return SECRET_KEY


class Job:
    def __init__(self):
        self.secret_key = "not-a-flask-app"


class PlaceholderConfig:
    # Left empty on purpose: the app fails closed (no sessions) until a
    # settings file loaded later supplies the key.
    SECRET_KEY = ""


app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")
app.secret_key = os.getenv("SECRET_KEY") or ""
