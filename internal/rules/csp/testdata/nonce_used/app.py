from flask import Flask, render_template
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(app, content_security_policy_nonce_in=["script-src"])


@app.route("/")
def index():
    return render_template("index.html")
