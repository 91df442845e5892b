from flask import Flask, Response


class SecureResponse(Response):
    default_headers = {"Content-Security-Policy": "default-src 'self'"}


app = Flask(__name__)
app.response_class = SecureResponse


@app.route("/")
def index():
    return "home"
