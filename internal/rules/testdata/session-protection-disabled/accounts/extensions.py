from flask_login import LoginManager

login_manager = LoginManager()
login_manager.login_view = "auth.login"
# users on mobile networks kept being logged out
login_manager.session_protection = None  # want: FG0408[low]
