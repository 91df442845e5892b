import os

from flask import Flask

app = Flask(__name__)
# a deployment that forgets COOKIE_SECURE ships an insecure cookie
app.config["SESSION_COOKIE_SECURE"] = os.environ.get("COOKIE_SECURE", False)  # want: FG0403[low]
