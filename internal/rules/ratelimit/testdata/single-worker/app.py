from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

# one process: memory:// counts every request
app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)
