from flask import Flask

from monitoring import init_monitoring

init_monitoring()
app = Flask(__name__)


@app.errorhandler(Exception)
def oops(err):
    return "error", 500


@app.route("/")
def index():
    return "home"
