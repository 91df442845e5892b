import logging
import os

import acme_driver
from flask import Flask, redirect, request

from myapp import cache
from myapp.db import Repository, raw_query
from myapp.hosts import target_host
from myapp.http import PARAMS, client_ip, param
from myapp.security import checked_name, clean_html

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/ping")
def ping():
    os.system("ping -c 1 " + param("host"))  # want: FG0601
    return "sent"


@app.route("/comment", methods=["POST"])
def comment():
    body = clean_html(request.form["body"])
    os.system("notify-send " + body)  # want: FG0601  without-config: FG0601
    return "<p>" + body + "</p>"  # without-config: FG0604


@app.route("/search")
def search():
    rows = raw_query("SELECT * FROM items WHERE name = '" + request.args["q"] + "'")  # want: FG0701
    rows += raw_query("SELECT count(*) FROM items")
    return {"count": len(rows)}


@app.route("/ping-helper")
def ping_helper():
    os.system("ping -c 1 " + target_host())  # want: FG0601
    return "sent"


@app.route("/greet")
def greet():
    return "<p>Hello " + PARAMS.value("name") + "</p>"  # want: FG0604


@app.route("/whois")
def whois():
    ip = client_ip()
    log.info("whois from " + ip)  # want: FG1102
    os.system("whois " + ip)
    return "queued"


@app.route("/download")
def download():
    name = checked_name(request.args["name"])
    with open(name) as f:  # without-config: FG0605
        f.read()
    # checked_name is declared for path only: a redirect is another class.
    return redirect(name)  # want: FG0606  without-config: FG0606


@app.route("/items")
def items():
    tag = request.args["tag"]
    repo = Repository(acme_driver.connect())
    rows = repo.raw("SELECT * FROM items WHERE tag = '" + tag + "'")  # want: FG0701
    rows += repo.raw("SELECT * FROM items WHERE tag = %s", tag)
    rows += repo.execute(request.args["report"], tag)
    return {"count": len(rows)}


# Safe look-alikes: the same names in a module no entry names.


@app.route("/cached")
def cached():
    os.system("ping -c 1 " + cache.param("host"))
    rows = cache.raw_query("SELECT * FROM items WHERE name = '" + request.args["q"] + "'")
    return "<p>" + cache.clean_html(request.args["q"]) + "</p>" + str(rows)  # want: FG0604  without-config: FG0604
