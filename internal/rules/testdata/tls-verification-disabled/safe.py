"""Safe look-alikes: verification on, custom CA bundles, server contexts, other objects."""

import os
import ssl

import httpx
import requests
from flask import current_app

API = "https://api.partner.com/v1/items"
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"

requests.get(API, verify=True)
requests.get(API, verify="/etc/ssl/certs/internal-ca.pem")
requests.get(API, verify=CA_BUNDLE)
requests.get(API, verify=current_app.config["CA_BUNDLE"])
requests.get(API, verify=None)
requests.get(API, verify=os.environ.get("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca.pem"))
requests.get(API, verify=os.getenv("VERIFY_SSL", "true").lower() == "true")
httpx.Client(verify=ssl.create_default_context(cafile=CA_BUNDLE))
httpx.Client(verify=True)

ctx = ssl.create_default_context(cafile=CA_BUNDLE)
ctx.check_hostname = True
ctx.verify_mode = ssl.CERT_REQUIRED


def server_context():
    # A server that does not ask clients for certificates: CERT_NONE is normal here.
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.verify_mode = ssl.CERT_NONE
    other = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    other.check_hostname = False
    other.verify_mode = ssl.CERT_NONE
    return server, other


class Form:
    verify = True


class Scanner:
    def get(self, url, verify=True):
        return url, verify


form = Form()
form.verify = False
Scanner().get(API, verify=False)
settings = {"verify": False}
