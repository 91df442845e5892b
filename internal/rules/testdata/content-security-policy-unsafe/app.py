from flask import Flask
from flask_talisman import Talisman

from policies import CSP

app = Flask(__name__)
Talisman(app, content_security_policy=CSP)

legacy = Flask("legacy")
Talisman(legacy, content_security_policy="default-src 'self'; script-src 'self' data: 'unsafe-eval'")  # want: FG1202 FG1202

api = Flask("api")


@api.after_request
def headers(resp):
    resp.headers["Content-Security-Policy"] = "default-src *; frame-ancestors 'none'"  # want: FG1202 FG1202
    return resp
