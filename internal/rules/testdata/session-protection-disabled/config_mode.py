from flask import Flask
from flask_login import LoginManager


class Config:
    SESSION_PROTECTION = "off"  # want: FG0408[low]


class DevelopmentConfig(Config):
    SESSION_PROTECTION = None


app = Flask(__name__)
app.config.from_object(Config)
LoginManager(app)
