import os

from flask import Flask

app = Flask(__name__)
app.config.from_object("config.ProductionConfig")
app.config.from_object("config.DevelopmentConfig")
app.config.from_object("config.SecureConfig")
app.config["PREFERRED_URL_SCHEME"] = "http"  # want: FG1404
app.config.update(PREFERRED_URL_SCHEME="HTTP")  # want: FG1404
app.config.from_mapping({"PREFERRED_URL_SCHEME": "http"})  # want: FG1404
app.config["PREFERRED_URL_SCHEME"] = os.environ.get("URL_SCHEME", "http")  # want: FG1404
