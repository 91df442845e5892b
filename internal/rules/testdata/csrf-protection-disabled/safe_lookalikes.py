import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

# no Flask-WTF on this app: the key does nothing
plain = Flask(__name__)
plain.config["WTF_CSRF_ENABLED"] = False

# no SeaSurf on this app
nosurf = Flask(__name__)
nosurf.config["CSRF_DISABLE"] = True

# the deployment decides
decided = Flask(__name__)
decided.config["WTF_CSRF_ENABLED"] = os.environ.get("CSRF_ENABLED", "true") == "true"
CSRFProtect(decided)

# the safe values
safe = Flask(__name__)
safe.config.update(WTF_CSRF_ENABLED=True, WTF_CSRF_SSL_STRICT=True, WTF_CSRF_TIME_LIMIT=3600,
                   WTF_CSRF_METHODS=["POST", "PUT", "PATCH", "DELETE"])
CSRFProtect(safe)
