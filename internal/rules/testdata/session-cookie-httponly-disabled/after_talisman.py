from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app)
# loaded after Talisman wrote HttpOnly into the config: this wins
app.config["SESSION_COOKIE_HTTPONLY"] = False  # want: FG0404[medium]
