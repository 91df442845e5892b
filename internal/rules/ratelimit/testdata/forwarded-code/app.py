from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
Limiter(get_remote_address, app=app, storage_uri="redis://redis:6379")  # want: FG1004[low]


@app.after_request
def log_client(resp):
    app.logger.info("client %s", request.headers.get("X-Forwarded-For"))
    return resp
