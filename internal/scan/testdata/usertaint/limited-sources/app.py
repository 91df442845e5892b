import logging
import os

from flask import Flask

from acme_web.http import forwarded_for

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/whois")
def whois():
    client = forwarded_for()
    log.info("whois from " + client)  # want: FG1102
    os.system("whois " + client)
    return "queued"
