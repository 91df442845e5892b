from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

# nothing in the repository says a proxy stands in front
app = Flask(__name__)
Limiter(get_remote_address, app=app, storage_uri="redis://redis:6379")
