import os

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address


class DevelopmentConfig:
    RATELIMIT_ENABLED = False


class ProductionConfig:
    RATELIMIT_ENABLED = False  # want: FG1002[medium]
    RATELIMIT_STORAGE_URI = "redis://redis:6379"


app = Flask(__name__)
if os.environ.get("ENV") == "production":
    app.config.from_object(ProductionConfig)
else:
    app.config.from_object(DevelopmentConfig)
limiter = Limiter(get_remote_address, app=app)


@app.post("/signin")
@limiter.limit("3 per minute")
def signin():
    return request.form["user"]
