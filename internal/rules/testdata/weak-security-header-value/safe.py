from flask import Flask

site = Flask("site")


@site.after_request
def good_headers(resp):
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains; preload"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer, strict-origin-when-cross-origin"
    resp.headers["X-XSS-Protection"] = "0"
    resp.headers["Cache-Control"] = "no-store"
    return resp


# ALLOW-FROM is ignored, but the CSP's frame-ancestors restricts framing
embed = Flask("embed")


@embed.after_request
def embed_headers(resp):
    resp.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors https://partner.example.com"
    resp.headers["X-Frame-Options"] = "ALLOW-FROM https://partner.example.com"
    return resp


# values from configuration are not judged
conf = Flask("conf")


@conf.after_request
def conf_headers(resp):
    resp.headers["Strict-Transport-Security"] = conf.config["HSTS"]
    return resp


def create_test_app():
    app = Flask("t")

    @app.after_request
    def relaxed(resp):
        resp.headers["Strict-Transport-Security"] = "max-age=0"
        return resp

    return app


class Response:
    headers = {}


def not_a_hook(resp):
    resp.headers["X-Frame-Options"] = "ALLOWALL"
    return resp
