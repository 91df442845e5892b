import logging.config

from flask import Flask

logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}})
app = Flask(__name__)


@app.route("/")
def index():
    return "home"
