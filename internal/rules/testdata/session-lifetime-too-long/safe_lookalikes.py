import os
from datetime import timedelta

from flask import Flask

short = Flask(__name__)
short.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=12)

hour = Flask(__name__)
hour.config["PERMANENT_SESSION_LIFETIME"] = 3600

week = Flask(__name__)
week.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=7)

computed = Flask(__name__)
computed.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=int(os.environ.get("SESSION_DAYS", "1")))

# Flask's default (31 days) when unset is not reported
default = Flask(__name__)

# not session settings
CACHE_TIMEOUT = timedelta(days=365)
token_lifetime = timedelta(days=365)
