import os

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

redis_app = Flask(__name__)
Limiter(get_remote_address, app=redis_app, storage_uri="redis://redis:6379/0")

# the fallback applies only when LIMITS_URI is unset, and compose sets it
env_app = Flask(__name__)
Limiter(get_remote_address, app=env_app, storage_uri=os.environ.get("LIMITS_URI", "memory://"))

# read from the environment with no default
required = Flask(__name__)
required.config["RATELIMIT_STORAGE_URI"] = os.environ["RATELIMIT_STORAGE_URI"]
Limiter(get_remote_address, app=required)


class DevelopmentConfig:
    RATELIMIT_STORAGE_URI = "memory://"


class ProductionConfig:
    RATELIMIT_STORAGE_URI = "memcached://cache:11211"


per_env = Flask(__name__)
per_env.config.from_object(DevelopmentConfig if os.environ.get("DEV") else ProductionConfig)
Limiter(get_remote_address, app=per_env)
