import os
from logging.config import dictConfig

import sentry_sdk
from flask import Flask, jsonify, render_template
from sentry_sdk.integrations.flask import FlaskIntegration
from werkzeug.middleware.proxy_fix import ProxyFix

from auth import auth_bp
from config import Config
from db import close_db, get_db, init_db, push_daily_stats
from extensions import CONTENT_SECURITY_POLICY, csrf, limiter, talisman
from views import notes_bp

dictConfig(
    {
        "version": 1,
        "formatters": {
            "default": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        },
        "handlers": {
            "wsgi": {
                "class": "logging.StreamHandler",
                "stream": "ext://flask.logging.wsgi_errors_stream",
                "formatter": "default",
            },
        },
        "root": {"level": os.environ.get("LOG_LEVEL", "INFO"), "handlers": ["wsgi"]},
    }
)


def init_monitoring():
    dsn = os.environ.get("SENTRY_DSN")
    if dsn:
        sentry_sdk.init(
            dsn=dsn,
            integrations=[FlaskIntegration()],
            environment=os.environ.get("APP_ENV", "production"),
            traces_sample_rate=0.1,
            send_default_pii=False,
        )


def create_app(config_object=Config):
    init_monitoring()
    app = Flask(__name__)
    app.config.from_object(config_object)
    os.makedirs(app.config["UPLOAD_FOLDER"], exist_ok=True)
    os.makedirs(app.config["EXPORT_FOLDER"], exist_ok=True)

    # one reverse proxy (nginx) terminates TLS in front of gunicorn
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

    csrf.init_app(app)
    limiter.init_app(app)
    talisman.init_app(
        app,
        force_https=True,
        strict_transport_security=True,
        strict_transport_security_max_age=31536000,
        strict_transport_security_include_subdomains=True,
        frame_options="DENY",
        content_security_policy=CONTENT_SECURITY_POLICY,
        content_security_policy_nonce_in=["script-src"],
        referrer_policy="strict-origin-when-cross-origin",
        session_cookie_secure=True,
        session_cookie_http_only=True,
    )

    app.register_blueprint(auth_bp)
    app.register_blueprint(notes_bp)
    app.teardown_appcontext(close_db)
    register_error_handlers(app)

    @app.get("/healthz")
    @limiter.exempt
    def healthz():
        get_db().execute("SELECT 1")
        return jsonify(status="ok")

    @app.cli.command("init-db")
    def init_db_command():
        init_db()
        print("Initialized the database.")

    @app.cli.command("push-stats")
    def push_stats_command():
        if not app.config["REPORTS_DATABASE_URI"]:
            print("REPORTS_DATABASE_URI is not set, nothing to do.")
            return
        print(f"pushed {push_daily_stats()} notes")

    return app


def register_error_handlers(app):
    @app.errorhandler(400)
    def bad_request(err):
        return render_template("error.html", message="The request could not be processed."), 400

    @app.errorhandler(404)
    def not_found(err):
        return render_template("error.html", message="Page not found."), 404

    @app.errorhandler(413)
    def too_large(err):
        return render_template("error.html", message="The upload is too large."), 413

    @app.errorhandler(429)
    def too_many_requests(err):
        app.logger.warning("rate limit hit: %s", err.description)
        return render_template("error.html", message="Too many requests, slow down."), 429

    @app.errorhandler(500)
    def internal_error(err):
        # Flask has already logged the traceback; Sentry has captured it
        return render_template("error.html", message="Something went wrong on our side."), 500


if __name__ == "__main__":
    create_app().run(debug=os.environ.get("FLASK_DEBUG") == "1")
