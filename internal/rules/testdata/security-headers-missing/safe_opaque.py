import secure
from flask import Flask

secure_headers = secure.Secure()
app = Flask(__name__)


@app.route("/")
def index():
    return "home"


@app.after_request
def set_secure_headers(response):
    # the secure package sets the headers on the response it is given
    secure_headers.framework.flask(response)
    return response
