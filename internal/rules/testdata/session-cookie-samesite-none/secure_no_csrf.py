from flask import Flask

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "none"  # want: FG0405[low]

explicit = Flask(__name__)
explicit.config["SESSION_COOKIE_SAMESITE"] = None  # want: FG0405[low]
