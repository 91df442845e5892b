from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(
    app,
    force_https=False,  # want: FG1405[low]
    strict_transport_security=False,  # want: FG1405[medium]
)


@app.route("/")
def index():
    return "home"
