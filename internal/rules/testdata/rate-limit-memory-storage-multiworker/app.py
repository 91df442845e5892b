import os

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)  # want: FG1003[low]


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    return request.form["user"]


explicit = Flask(__name__)
Limiter(get_remote_address, app=explicit, storage_uri="memory://")  # want: FG1003[low]


class ProductionConfig:
    RATELIMIT_STORAGE_URI = "memory://"  # want: FG1003[low]


class DevelopmentConfig:
    RATELIMIT_STORAGE_URI = "memory://"


configured = Flask(__name__)
if os.environ.get("ENV") == "production":
    configured.config.from_object(ProductionConfig)
else:
    configured.config.from_object(DevelopmentConfig)
Limiter(get_remote_address, app=configured)
