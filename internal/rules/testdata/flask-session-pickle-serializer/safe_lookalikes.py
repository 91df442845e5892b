import pickle

from flask import Flask

# SESSION_TYPE without Flask-Session: Flask ignores it
app = Flask(__name__)
app.config["SESSION_TYPE"] = "redis"

# pickle elsewhere is the deserialization rules' business
blob = pickle.dumps({"a": 1})
