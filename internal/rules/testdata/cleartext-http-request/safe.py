"""Safe look-alikes: https, local and container hosts, unknown hosts, other objects."""

import os

import requests

TOKEN = os.environ["PARTNER_TOKEN"]
SERVICE_HOST = os.environ["SERVICE_HOST"]
XML_NAMESPACE = "http://www.w3.org/2000/svg"
SCHEMA_URL = "http://json-schema.org/draft-07/schema#"


def calls(path):
    requests.get("https://api.partner.com/items", headers={"Authorization": TOKEN})
    requests.get("http://localhost:5000/api/health")
    requests.get("http://127.0.0.1:8000/auth/token", auth=("bot", TOKEN))
    requests.get("http://0.0.0.0:8000/api")
    requests.get("http://[::1]:8000/api")
    requests.get("http://printer.local/api/status")
    requests.get("http://host.docker.internal:9000/api")
    requests.get("http://auth-service:8080/oauth/token", data={"client_secret": TOKEN})
    requests.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    requests.get(f"http://{SERVICE_HOST}/api/v1/login", headers={"Authorization": TOKEN})
    requests.get("http://%s/api" % SERVICE_HOST)
    requests.get("http://{}/api".format(SERVICE_HOST))
    requests.get(path)
    requests.get(os.environ["API_URL"])


class Cache:
    def get(self, key):
        return key


Cache().get("http://partner.com/api/items")
