from flask import Blueprint, Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app, storage_uri="redis://redis:6379")


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    return request.form["user"]


@app.post("/register")  # want: FG1002[medium]
def register():
    return request.form["user"]


@app.post("/otp/verify")
@limiter.exempt  # want: FG1002[medium]
def verify_otp():
    return request.form["code"]


@app.post("/logout")
def logout():
    return "bye"


api = Blueprint("api", __name__)
limiter.exempt(api)  # want: FG1002[medium]


@api.post("/token")
def issue_token():
    return request.form["client_secret"]


app.register_blueprint(api, url_prefix="/api")
