import os

from flask import Flask, request


class Config:
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024


limited = Flask("limited")
limited.config.from_object(Config)

# the limit comes from the environment
from_env = Flask("from_env")
from_env.config["MAX_CONTENT_LENGTH"] = int(os.environ.get("MAX_BODY", "1048576"))

# forms only, bounded by Flask 3.1's form limits
forms = Flask("forms")
forms.config["MAX_FORM_MEMORY_SIZE"] = 100_000

# configuration loaded from a file the scan cannot see
opaque = Flask("opaque")
opaque.config.from_envvar("APP_SETTINGS")

# reads no body at all
reader = Flask("reader")


@limited.post("/u")
def u():
    return request.files["f"].filename


@from_env.post("/j")
def j():
    return request.get_json()


@forms.post("/f")
def f():
    return request.form["x"]


@opaque.post("/o")
def o():
    return request.data


@reader.get("/r")
def r():
    return request.args.get("q", "")
