import os

from flask import Flask
from flask_talisman import Talisman


class Config:
    SESSION_COOKIE_SECURE = True


app = Flask(__name__)
app.config.from_object(Config)
Talisman(
    app,
    # framing is allowed by CSP frame-ancestors, which browsers obey
    frame_options="ALLOW-FROM",
    frame_options_allow_from="https://partner.example.com",
    content_security_policy={"default-src": "'self'", "frame-ancestors": "'self' https://partner.example.com"},
    strict_transport_security_max_age=31536000,
    referrer_policy=os.environ.get("REFERRER_POLICY", "unsafe-url"),
    # the configuration sets the flag itself
    session_cookie_secure=False,
    x_xss_protection=False,
)

# HSTS switched off altogether is FG1405's business, not a short max-age
tls_off = Flask("tls_off")
Talisman(tls_off, strict_transport_security=False, strict_transport_security_max_age=0)

dev = Flask("dev")
if dev.debug:
    Talisman(dev, strict_transport_security_max_age=0, frame_options="ALLOWALL")

# never bound to an app
unused = Talisman(frame_options="ALLOW-FROM", referrer_policy="unsafe-url")


@app.route("/")
def index():
    return "home"
