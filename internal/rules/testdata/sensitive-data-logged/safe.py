"""Safe look-alikes: none of these may be reported."""

import hashlib
import logging

from flask import Flask, request, session

app = Flask(__name__)
logger = logging.getLogger(__name__)

PASSWORD_POLICY = {"min_length": 12, "require_digit": True}
PASSWORD_FIELD = "password"
MIN_PASSWORD_LENGTH = 12
TOKEN_TTL = 3600


def mask(value):
    return value[:2] + "***"


@app.post("/password")
def change_password():
    user_id = session["user_id"]
    password = request.form["password"]
    token = request.args.get("token", "")
    # The word is in the message text only.
    logger.info("password changed for %s", user_id)
    logger.info("token expired")
    logger.warning("invalid password for user %s", user_id)
    app.logger.info(f"password reset requested by {user_id}")
    # Derived values that do not disclose the secret.
    logger.info("password length %d", len(password))
    logger.info("token %s", mask(token))
    logger.info("token %s...", token[:4])
    logger.info("token ends with %s", token[-4:])
    logger.info("token " + token[:6] + "...")
    logger.info("login", extra={"has_password": bool(password)})
    logger.info("digest %s", hashlib.sha256(token.encode()).hexdigest())
    logger.info("password ok: %s", password == request.form["confirm"])
    # Settings about secrets, not secrets.
    logger.info("policy %s", PASSWORD_POLICY)
    password_policy = {"min": MIN_PASSWORD_LENGTH}
    logger.info("policy %s", password_policy)
    logger.info("field %s min %d ttl %d", PASSWORD_FIELD, MIN_PASSWORD_LENGTH, TOKEN_TTL)
    token_expires_at = 17
    logger.info("token expires at %s", token_expires_at)
    masked_token = mask(token)
    logger.info("token %s", masked_token)
    # Single fields that are not secrets.
    logger.info("path %s page %s", request.path, request.args.get("page"))
    logger.info("user %s", request.form.get("username"))
    logger.info("agent %s", request.headers.get("User-Agent"))
    logger.info("theme %s", request.cookies.get("theme"))
    logger.info("config debug %s", app.config["DEBUG"])
    logger.info("login", extra={"password": "***"})
    return "ok"


@app.get("/tokens")
def tokens():
    text = request.args.get("q", "")
    tokens = text.split()
    logger.info("tokens %s", tokens)
    logger.info("%d tokens", len(tokens))
    return "ok"


class Scheduler:
    def info(self, *args):
        pass


scheduler = Scheduler()


def not_loggers(password):
    # Objects with logging-like method names that are not loggers.
    scheduler.info("password %s", password)
    store = {}
    store.get("password")
    msg = "password %s"
    return msg


@app.cli.command("create-admin")
def create_admin():
    password = "generated"
    print("admin password:", password)


if __name__ == "__main__":
    secret = "printed for the operator"
    print(secret)
