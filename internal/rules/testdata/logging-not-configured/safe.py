import logging

import structlog
from flask import Flask

from mylib import logger

# look-alikes that configure nothing for production
site = Flask("site")
if site.debug:
    logging.basicConfig(level=logging.DEBUG)

events = structlog.get_logger()
logger.add("not loguru")

for handler in site.logger.handlers:
    print(handler)


def create_test_app():
    app = Flask("t")
    app.logger.setLevel(logging.DEBUG)
    return app


@site.route("/")
def index():
    events.info("index")
    return "home"
