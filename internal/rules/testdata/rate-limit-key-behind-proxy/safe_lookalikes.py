from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix

# ProxyFix makes remote_addr the client's address
fixed = Flask(__name__)
fixed.wsgi_app = ProxyFix(fixed.wsgi_app, x_for=1, x_proto=1)
Limiter(get_remote_address, app=fixed, storage_uri="redis://redis:6379")


# a key of the app's own: the user, or an API key
def user_key():
    return request.headers.get("X-API-Key", "anonymous")


own_key = Flask(__name__)
Limiter(user_key, app=own_key, storage_uri="redis://redis:6379")
