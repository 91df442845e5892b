from flask import Flask
from flask_limiter import Limiter, util

app = Flask(__name__)
Limiter(util.get_remote_address, app=app, storage_uri="redis://redis:6379")  # want: FG1004[low]
