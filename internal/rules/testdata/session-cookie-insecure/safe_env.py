import os

from flask import Flask

app = Flask(__name__)
# computed at start-up: the deployment decides
app.config["SESSION_COOKIE_SECURE"] = os.environ.get("SESSION_COOKIE_SECURE", "1") == "1"

other = Flask(__name__)
# the fallback only applies when the variable is unset, and .env.production sets it
other.config["SESSION_COOKIE_SECURE"] = os.environ.get("SECURE_FLAG", False)

# not a Flask config at all
settings = {"SESSION_COOKIE_SECURE": False}
celery_conf = type("Conf", (), {})()
celery_conf.SESSION_COOKIE_SECURE = False
