from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)


@app.after_request
def headers(resp):
    resp.headers["Content-Security-Policy"] = "script-src 'nonce-abc' 'strict-dynamic'"  # want: FG1203 FG1203 FG1203
    return resp


framing = Flask("framing")
Talisman(
    framing,
    frame_options=None,
    content_security_policy={"frame-ancestors": "'none'"},  # want: FG1203 FG1203
)
