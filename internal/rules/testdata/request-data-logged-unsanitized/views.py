"""Request data written into log lines as the client sent it."""

import logging
from html import escape

from flask import Flask, current_app, request
from loguru import logger as loguru_logger
from markupsafe import escape as mescape

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    email = request.form.get("email", "").strip()
    if not check(username, request.form["password"]):
        current_app.logger.warning("failed login for " + username)  # want: FG1102[medium]
    app.logger.debug("registering %s <%s>", username, email)  # want: FG1102
    return "ok"


@app.get("/search")
def search():
    log.info("query %s", request.args.get("q"))  # want: FG1102
    log.info("query %s", request.args["q"])  # want: FG1102
    log.info(f"query {request.args.get('q')}")  # want: FG1102
    log.info("query " + request.values.get("q", ""))  # want: FG1102
    log.info("query %s" % request.args.get("q"))  # want: FG1102
    log.info("query {}".format(request.args.get("q")))  # want: FG1102
    log.info("page %(page)s", {"page": request.args.get("page")})  # want: FG1102
    log.info("path %s", request.path)  # want: FG1102
    log.info("path %s", request.full_path)  # want: FG1102
    log.info("ua %s", request.user_agent)  # want: FG1102
    log.info("ua %s", request.user_agent.string)  # want: FG1102
    log.info("ref %s", request.referrer)  # want: FG1102
    log.info("forwarded %s", request.headers.get("X-Forwarded-For"))  # want: FG1102
    log.info("lang %s", request.headers["Accept-Language"])  # want: FG1102
    log.info("theme %s", request.cookies.get("theme"))  # want: FG1102
    log.info("name %s", request.json["name"])  # want: FG1102
    log.info("city %s", request.get_json()["address"]["city"])  # want: FG1102
    log.info("city %s", request.get_json().get("address", {}).get("city"))  # want: FG1102
    log.info("upload %s", request.files["doc"].filename)  # want: FG1102
    log.info("tags %s", ",".join(request.args.getlist("tag")))  # want: FG1102
    log.info("short %s", request.args.get("q", "")[:80])  # want: FG1102
    log.info("lower %s", request.args.get("q", "").lower())  # want: FG1102
    log.info("html-escaped %s", escape(request.args.get("q", "")))  # want: FG1102
    log.info("html-escaped %s", mescape(request.args.get("q", "")))  # want: FG1102
    log.info("half %s", request.args.get("q", "").replace("\n", " "))  # want: FG1102
    log.info("str %s", str(request.args.get("q")))  # want: FG1102
    log.log(logging.INFO, "q %s", request.args.get("q"))  # want: FG1102
    logging.warning("q %s", request.args.get("q"))  # want: FG1102
    loguru_logger.info("q {}", request.args.get("q"))  # want: FG1102
    loguru_logger.info(f"q {request.args.get('q')}")  # want: FG1102
    print("q", request.args.get("q"))  # want: FG1102
    term = request.args.get("q", "")
    log.info("searching for %s", term)  # want: FG1102
    if (sort := request.args.get("sort")) is not None:
        log.info("sort %s", sort)  # want: FG1102
    message = f"search {request.args.get('q')}"
    log.info(message)  # want: FG1102
    log.info("a %s b %s", 1, request.args.get("q"))  # want: FG1102
    log.info(
        "multi %s",
        request.args.get("q"),  # want: FG1102
    )
    return "ok"


@app.post("/people")
def people():
    names = [request.form.get("first"), request.form.get("last")]
    log.info("names " + ", ".join(names))  # want: FG1102
    return "ok"


def check(username, password):
    return False
