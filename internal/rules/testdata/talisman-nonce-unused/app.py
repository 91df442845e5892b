from flask import Flask, render_template
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(
    app,
    content_security_policy={"default-src": "'self'", "object-src": "'none'"},
    content_security_policy_nonce_in=["script-src"],  # want: FG1204[low]
)


@app.route("/")
def index():
    return render_template("index.html")
