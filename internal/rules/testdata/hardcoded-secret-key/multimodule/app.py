"""The literals live in settings.py: each is reported once, there."""

import settings
from flask import Flask
from settings import DEFAULTS, SECRET_KEY

app = Flask(__name__)
app.config["SECRET_KEY"] = SECRET_KEY
app.secret_key = settings.SECRET_KEY
app.config.update(DEFAULTS)
app.config.from_mapping(DEFAULTS)
