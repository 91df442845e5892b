import os

from flask import Flask
from flask_talisman import Talisman

# False, then Talisman(session_cookie_http_only=True by default) sets it back
first = Flask(__name__)
first.config["SESSION_COOKIE_HTTPONLY"] = False
Talisman(first)

# computed from the environment
second = Flask(__name__)
second.config["SESSION_COOKIE_HTTPONLY"] = os.environ.get("HTTPONLY", "true").lower() == "true"

# Flask's default (True) when unset, and explicit True
third = Flask(__name__)
third.config["SESSION_COOKIE_SECURE"] = True
fourth = Flask(__name__)
fourth.config["SESSION_COOKIE_HTTPONLY"] = True

# response cookies are FG0401's business, not this rule's
resp_flags = {"httponly": False}
REMEMBER_COOKIE_HTTPONLY = False  # not a config that any app loads
