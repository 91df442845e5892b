from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, session_cookie_samesite="None")  # want: FG0405[low]
