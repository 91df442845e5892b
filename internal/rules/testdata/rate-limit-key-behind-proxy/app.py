from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
limiter = Limiter(
    get_remote_address,  # want: FG1004[low]
    app=app,
    storage_uri="redis://redis:6379",
)


@app.post("/login")
@limiter.limit("5 per minute")
def login():
    return request.form["user"]
