"""The shop application factory."""
import logging.config

from flask import Flask, jsonify, render_template
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from .config import config
from .extensions import cors, csrf, db, limiter, login_manager, talisman

LOGGING = {
    "version": 1,
    "handlers": {
        "console": {"class": "logging.StreamHandler", "level": "INFO"},
        "file": {"class": "logging.handlers.RotatingFileHandler", "filename": "shop.log"},
    },
    "root": {"level": "INFO", "handlers": ["console", "file"]},
}

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_app(config_name="default"):
    logging.config.dictConfig(LOGGING)
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config[config_name])
    app.config.from_prefixed_env()
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

    db.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    cors.init_app(app, origins=["https://shop.example.com"], supports_credentials=True)
    talisman.init_app(
        app,
        force_https=True,
        frame_options="DENY",
        content_security_policy={"default-src": "'self'", "script-src": ["'self'", "cdn.example.com"]},
        content_security_policy_nonce_in=["script-src"],
    )

    from .admin import admin_bp
    from .api import api_bp
    from .auth import bp as auth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    register_hooks(app)

    @app.route("/")
    def index():
        return render_template("index.html")

    return app


def register_hooks(app):
    @app.after_request
    def security_headers(response):
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.errorhandler(404)
    def not_found(error):
        return render_template("404.html"), 404

    @app.errorhandler(HTTPException)
    def http_error(error):
        return jsonify(error=error.description), error.code

    def internal_error(error):
        app.logger.exception("unhandled error")
        return render_template("500.html"), 500

    app.register_error_handler(500, internal_error)
