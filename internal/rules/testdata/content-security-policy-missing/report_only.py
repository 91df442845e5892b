from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)


@app.after_request
def csp(resp):
    resp.headers["Content-Security-Policy-Report-Only"] = "default-src 'self'; report-uri /csp"  # want: FG1201[low]
    return resp


@app.route("/")
def index():
    return "home"


trial = Flask("trial")
Talisman(trial, content_security_policy_report_only=True, content_security_policy_report_uri="/csp")  # want: FG1201[low]


@trial.route("/t")
def t():
    return "t"
