"""The ways a secret gets into the text of a log line."""

import json
import logging

log = logging.getLogger(__name__)


def build(password, token, user, secret_key, credentials):
    log.info(f"login {user} with {password}")  # want: FG1101
    log.info(f"{password=}")  # want: FG1101
    log.info("login %s" % password)  # want: FG1101
    log.info("login %s %s" % (user, password))  # want: FG1101
    log.info("login {}".format(token))  # want: FG1101
    log.info("login {t}".format(t=token))  # want: FG1101
    log.info("login " + str(token))  # want: FG1101
    log.info("login " + repr(secret_key))  # want: FG1101
    log.info("login %s", json.dumps({"user": user, "password": password}))  # want: FG1101
    log.info("login", extra={"password": password})  # want: FG1101
    log.info("login", extra={"user": user, "pw": password})  # want: FG1101
    log.info("login", extra={"token": user.token})  # want: FG1101
    log.info("login %s", token.strip())  # want: FG1101
    log.info("login %s", token.encode("utf-8"))  # want: FG1101
    log.info("login %s", token[4:])  # want: FG1101
    log.info("login %s", token or "none")  # want: FG1101
    log.info("login %s", password if user else None)  # want: FG1101
    log.info("login %s", dict(password=user.pw))  # want: FG1101
    log.info("login %s", credentials)  # want: FG1101
    log.info("login %s", ", ".join([user, password]))  # want: FG1101
    message = f"user {user} password {password}"
    log.info(message)  # want: FG1101
