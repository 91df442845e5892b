import datetime
import os

from flask import Flask

from config import config

app = Flask(__name__)
app.config.from_object(config[os.environ.get("APP_ENV", "production")])

seconds = Flask(__name__)
seconds.config["PERMANENT_SESSION_LIFETIME"] = 60 * 60 * 24 * 14  # want: FG0406[low]

weeks = Flask(__name__)
weeks.config.update(PERMANENT_SESSION_LIFETIME=datetime.timedelta(weeks=2))  # want: FG0406[low]

positional = Flask(__name__)
positional.permanent_session_lifetime = None
positional.config["PERMANENT_SESSION_LIFETIME"] = datetime.timedelta(30)  # want: FG0406[low]

KEEP_DAYS = 90
LIFETIME = datetime.timedelta(days=1) * KEEP_DAYS
multiplied = Flask(__name__)
multiplied.config["PERMANENT_SESSION_LIFETIME"] = LIFETIME  # want: FG0406[medium]
