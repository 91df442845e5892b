from flask import Flask
from flask_talisman import Talisman

app = Flask(__name__)
Talisman(
    app,
    frame_options="ALLOW-FROM",  # want: FG0802[medium]
    frame_options_allow_from="https://partner.example.com",
    strict_transport_security_max_age=3600,  # want: FG0802[low]
    x_content_type_options=False,  # want: FG0802[low]
    referrer_policy="unsafe-url",  # want: FG0802[low]
    session_cookie_secure=False,  # want: FG0802[low]
    x_xss_protection=True,  # want: FG0802[info]
)


@app.route("/")
def index():
    return "home"
