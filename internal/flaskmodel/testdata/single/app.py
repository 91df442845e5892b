import logging
import os

import sentry_sdk
from flask import Flask, jsonify, render_template, request, session
from flask_bcrypt import Bcrypt
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_seasurf import SeaSurf
from flask_session import Session
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.2)
logging.basicConfig(level=logging.INFO)

app = Flask(__name__)
app.config.from_pyfile("settings.cfg")
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_TYPE="redis",
)
app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
app.secret_key = os.environ.get("SECRET_KEY", "change-me")
if os.environ.get("PROFILE"):
    app.config["TEMPLATES_AUTO_RELOAD"] = True

app.wsgi_app = ProxyFix(app.wsgi_app, x_for=2)
csrf = SeaSurf(app)
Session(app)
bcrypt = Bcrypt(app)
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
limiter = Limiter(app, key_func=get_remote_address)
Talisman(app, content_security_policy="default-src 'self'", force_https=False, session_cookie_secure=True)

handler = logging.FileHandler("app.log")
app.logger.addHandler(handler)
app.logger.setLevel("WARNING")


@app.route("/", methods=("GET", "POST"))
def index():
    if request.method == "POST":
        session["name"] = request.form["name"]
    return render_template("index.html", name=session.get("name"))


@app.get("/api/ping")
@limiter.limit("100/minute")
def ping():
    return jsonify(pong=True)


@app.delete("/api/session")
@csrf.exempt
def clear():
    session.clear()
    return "", 204


@app.route("/files/<path:name>")
def files(name):
    return render_template(["files.html", "fallback.html"], name=name)


@app.after_request
def add_headers(resp):
    resp.headers.setdefault("Cache-Control", "no-store")
    return resp


@app.errorhandler(Exception)
def oops(e):
    return "error", 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
