from flask import Flask
from flask_login import LoginManager

strong = Flask(__name__)
manager = LoginManager(strong)
manager.session_protection = "strong"

# the config wins over the attribute in Flask-Login
overridden = Flask(__name__)
overridden.config["SESSION_PROTECTION"] = "basic"
other_manager = LoginManager()
other_manager.session_protection = None
other_manager.init_app(overridden)

# default ("basic")
default = Flask(__name__)
LoginManager(default)

# not Flask-Login
class Guard:
    session_protection = None


no_login = Flask(__name__)
no_login.config["SESSION_PROTECTION"] = None
