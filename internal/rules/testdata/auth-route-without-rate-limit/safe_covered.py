import os

from flask import Blueprint, Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

# default limits cover every route without its own
defaults = Flask(__name__)
default_limiter = Limiter(get_remote_address, app=defaults, default_limits=["100 per hour"])


@defaults.post("/signup")
def signup():
    return request.form["email"]


# a blueprint-wide limit
blueprinted = Flask(__name__)
bp_limiter = Limiter(get_remote_address, app=blueprinted)
auth = Blueprint("auth", __name__)
bp_limiter.limit("10 per minute")(auth)


@auth.post("/password/reset")
def reset_password():
    return request.form["email"]


blueprinted.register_blueprint(auth)

# only the test config turns the limiter off
tested = Flask(__name__)


class TestingConfig:
    RATELIMIT_ENABLED = False


class ProdConfig:
    RATELIMIT_ENABLED = True


if os.environ.get("TESTING"):
    tested.config.from_object(TestingConfig)
else:
    tested.config.from_object(ProdConfig)
tested_limiter = Limiter(get_remote_address, app=tested)


@tested.post("/login")
@tested_limiter.limit("5/minute")
def tested_login():
    return request.form["user"]
