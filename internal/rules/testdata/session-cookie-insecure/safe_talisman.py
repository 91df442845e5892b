from flask import Flask
from flask_talisman import Talisman

# Talisman(session_cookie_secure=True by default) sets SESSION_COOKIE_SECURE
# on every request outside debug mode, whatever the config says.
app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False
Talisman(app, force_https=False)
