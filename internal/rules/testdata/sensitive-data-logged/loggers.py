"""Every kind of logger the rule knows, each writing a secret."""

import logging
import logging as lg
import os

import structlog
from flask import Flask
from loguru import logger as loguru_logger

app = Flask(__name__)
logger = logging.getLogger(__name__)
log = app.logger
child = logging.getLogger("app").getChild("auth")
slog = structlog.get_logger()


def handlers(password, api_key, refresh_token, client_secret, jwt, passwd, newPassword, access_key):
    logging.info("password %s", password)  # want: FG1101
    lg.warning("key %s", api_key)  # want: FG1101
    logging.log(logging.INFO, "refresh %s", refresh_token)  # want: FG1101
    logger.error("secret %s", client_secret)  # want: FG1101
    logger.exception("jwt %s", jwt)  # want: FG1101
    log.critical("passwd %s", passwd)  # want: FG1101
    app.logger.warning("new %s", newPassword)  # want: FG1101
    child.debug("access key %s", access_key)  # want: FG1101
    logging.getLogger(__name__).info("pw %s", password)  # want: FG1101
    loguru_logger.info("pw {}", password)  # want: FG1101
    slog.info("login", password=password)  # want: FG1101
    slog.bind(user=1).info("login", token=refresh_token)  # want: FG1101
    print("password is", password)  # want: FG1101
    local = logging.getLogger("local")
    local.info("%s", api_key)  # want: FG1101
    flask_log = app.logger
    flask_log.info("%s", api_key)  # want: FG1101
    logger.info("env %s", os.environ)  # want: FG1101
    logger.info("env %s", dict(os.environ))  # want: FG1101
    logger.info("db password %s", os.environ["DB_PASSWORD"])  # want: FG1101
    logger.info("db password %s", os.getenv("DB_PASSWORD"))  # want: FG1101
