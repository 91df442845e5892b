from flask import Flask
from flask_login import LoginManager

app = Flask(__name__)
app.config["REMEMBER_COOKIE_SECURE"] = False  # want: FG0407[medium]
LoginManager(app)
