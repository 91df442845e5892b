from flask import Flask
from flask_session import Session

files = Flask(__name__)
files.config["SESSION_TYPE"] = "filesystem"  # want: FG0409[low]
Session(files)

cache = Flask(__name__)
cache.config["SESSION_TYPE"] = "redis"
Session(cache)
