"""Safe look-alikes: loopback, TLS, unknown hosts, and run() on other objects."""

import os

from flask import Flask

app = Flask(__name__)
OPTIONS = {"host": "0.0.0.0"}


class Scheduler:
    def run(self, host=None):
        return host


if __name__ == "__main__":
    app.run()
    app.run(host="127.0.0.1")
    app.run(host="localhost", port=5000)
    app.run(host="0.0.0.0", ssl_context="adhoc")
    app.run(host="0.0.0.0", ssl_context=("cert.pem", "key.pem"))
    app.run(host=os.environ["HOST"])
    app.run(**OPTIONS)
    Scheduler().run(host="0.0.0.0")
