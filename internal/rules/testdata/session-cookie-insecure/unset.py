import os

from flask import Flask


class ProductionSettings:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_HTTPONLY = True


class DevelopmentSettings:
    SECRET_KEY = "dev"


app = Flask(__name__)  # want: FG0403[low]
if os.environ.get("APP_ENV") == "production":
    app.config.from_object(ProductionSettings)
else:
    app.config.from_object(DevelopmentSettings)
