from flask import Flask

from middleware import SecurityHeaders

app = Flask(__name__)
app.wsgi_app = SecurityHeaders(app.wsgi_app)


@app.route("/")
def index():
    return "home"
