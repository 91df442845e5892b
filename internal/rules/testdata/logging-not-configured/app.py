import logging

from flask import Flask, request

log = logging.getLogger(__name__)

app = Flask(__name__)  # want: FG1103[low]


@app.post("/login")
def login():
    app.logger.info("login attempt for %s", request.form.get("username"))
    log.warning("slow login")
    return "ok"
