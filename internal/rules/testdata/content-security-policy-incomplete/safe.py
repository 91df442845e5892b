from flask import Flask
from flask_talisman import Talisman

# Talisman's default policy, with its default X-Frame-Options: SAMEORIGIN
site = Flask("site")
Talisman(site)

full = Flask("full")


@full.after_request
def full_policy(resp):
    resp.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self' 'nonce-abc'; base-uri 'self'; frame-ancestors 'none'"
    )
    return resp


# no frame-ancestors, but X-Frame-Options restricts framing
framed = Flask("framed")


@framed.after_request
def framed_policy(resp):
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'"
    return resp


# a host-based policy needs no base-uri
hosts = Talisman(Flask("hosts"), content_security_policy="default-src 'self' cdn.example.com")
