from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_talisman import Talisman
from flask_wtf.csrf import CSRFProtect

db = SQLAlchemy()
csrf = CSRFProtect()
limiter = Limiter(get_remote_address, default_limits=["200 per day", "50 per hour"], storage_uri="memory://")
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.session_protection = "strong"
talisman = Talisman()
cors = CORS()
