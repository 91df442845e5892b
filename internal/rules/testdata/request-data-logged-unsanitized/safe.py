"""Safe look-alikes: none of these may be reported."""

import json
import logging
import re
from urllib.parse import quote

import structlog
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)
slog = structlog.get_logger()
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
THEMES = {"light", "dark"}


def for_log(value, limit=64):
    return value[:limit].encode("unicode_escape").decode("ascii")


@app.get("/search")
def search():
    q = request.args.get("q", "")
    # repr() escapes CR and LF.
    log.info("query %r", q)
    log.info("query %r", request.args.get("q"))
    log.info("query %(q)r", {"q": request.args.get("q")})
    log.info(f"query {q!r}")
    log.info(f"query {request.args.get('q')!r}")
    log.info(f"{q=}")
    log.info("query " + repr(q))
    log.info("query {!r}".format(q))
    log.info("query {q!r}".format(q=q))
    log.info("query %s", repr(q))
    # Conversions and encoders that cannot carry a line break.
    log.info("page %d", request.args.get("page"))
    log.info("page %s", request.args.get("page", 1, type=int))
    log.info("page %s", int(request.args.get("page", "1")))
    log.info("query %s", json.dumps(q))
    log.info("query %s", quote(q))
    log.info("query %s", q.replace("\r", "").replace("\n", ""))
    log.info("query %s", q.replace("\n", "\\n").strip().replace("\r", "\\r"))
    log.info("query %s", re.sub(r"[\r\n]", " ", q))
    log.info("query %s", for_log(q))
    log.info("query %s", q.encode("utf-8"))
    log.info("query " + " ".join(q.splitlines()))
    # Values that are not client text.
    log.info("from %s", request.remote_addr)
    log.info("method %s url %s", request.method, request.url)
    log.info("base %s", request.base_url)
    log.info("page %s", len(q))
    # Whole containers print as a repr, which escapes line breaks.
    log.info("args %s", request.args)
    log.info("tags %s", request.args.getlist("tag"))
    log.info("json %s", request.get_json())
    log.info("upload %s", request.files["doc"])
    # Secrets are FG1101's business.
    log.info("password %s", request.form["password"])
    log.info("token %s", request.headers.get("X-Auth-Token"))
    password = request.form.get("password")
    log.info("password %s", password)
    # Structured loggers keep values as separate fields.
    slog.info("search", q=q)
    # The message is not formatted without arguments, and extra
    # arguments beyond the fields are never written.
    log.info("100% done", extra={"q": q})
    # A local that is reassigned to a constant before the log call.
    label = request.args.get("label")
    label = "fixed"
    log.info("label %s", label)
    return "ok"


@app.post("/register")
def register():
    username = request.form.get("username", "").strip()
    theme = request.form.get("theme", "light")
    if not USERNAME_RE.match(username):
        return "bad", 400
    if theme not in THEMES:
        theme = "light"
    code = request.form.get("code", "")
    assert code.isdigit()
    log.info("new account created: %s", username)
    log.info("theme %s", theme)
    log.info("code %s", code)
    return "ok"


def helper(value):
    # A parameter: where it comes from is the taint engine's question.
    log.info("value %s", value)


class Recorder:
    def info(self, *args):
        pass


recorder = Recorder()


@app.get("/other")
def other():
    recorder.info("q %s", request.args.get("q"))
    return "ok"


@app.post("/clients")
def clients():
    # Containers print as their repr, which escapes line breaks, however
    # they are printed and wherever they were built.
    options = {}
    for key, value in request.form.items():
        client, _, option = key.partition("_")
        if client not in options:
            options[client] = {option: value}
        else:
            options[client][option] = value
    log.debug(options)
    log.debug("options %s", options)
    log.debug("options " + str(options))
    log.debug(f"options {options}")
    form = request.form.to_dict()
    log.info(form)
    log.info("form %s", dict(request.args))
    names = [request.form.get("first"), request.form.get("last")]
    log.info("names {}".format(names))
    return "ok"
