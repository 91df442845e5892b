from flask import Flask
from flask_talisman import Talisman

# 'unsafe-inline' beside a nonce or hash is ignored by CSP2+ browsers
nonced = Flask("nonced")
Talisman(
    nonced,
    content_security_policy={
        "default-src": "'self'",
        "script-src": "'self' 'unsafe-inline'",
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data: https:",
        "base-uri": "'self'",
    },
    content_security_policy_nonce_in=["script-src"],
)

strict = Flask("strict")


@strict.after_request
def strict_policy(resp):
    resp.headers["Content-Security-Policy"] = (
        "script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
    )
    return resp


# report-only policies enforce nothing; FG1201 says so
trial = Flask("trial")


@trial.after_request
def trial_policy(resp):
    resp.headers["Content-Security-Policy-Report-Only"] = "default-src * 'unsafe-inline'"
    return resp


def create_test_app():
    app = Flask("t")
    Talisman(app, content_security_policy="default-src * 'unsafe-inline' 'unsafe-eval'")
    return app
