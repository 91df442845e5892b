from flask import Flask
from flask_talisman import Talisman

# Talisman writes SameSite=Lax (its default) into the config when it is
# initialised, over the "None" loaded before it
first = Flask(__name__)
first.config["SESSION_COOKIE_SAMESITE"] = "None"
Talisman(first)

lax = Flask(__name__)
lax.config["SESSION_COOKIE_SAMESITE"] = "Lax"
strict = Flask(__name__)
strict.config["SESSION_COOKIE_SAMESITE"] = "Strict"

# Python None with Secure: no attribute, but never over plain HTTP
secure_none = Flask(__name__)
secure_none.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE=None)

# unset: Flask's default, left to the browsers' Lax default
unset = Flask(__name__)

cookie_options = {"samesite": "None"}
