import os

from flask import Flask, redirect

from acme_web import http as web
from acme_web.http import RequestWrapper, param
from other_toolkit.http import RequestWrapper as OtherWrapper
from other_toolkit.http import param as other_param

app = Flask(__name__)


def target_host():
    return param("host")


@app.route("/ping")
def ping():
    host = param("host")
    os.system("ping -c 1 " + host)  # want: FG0601
    return "sent"


@app.route("/ping-helper")
def ping_helper():
    os.system("ping -c 1 " + target_host())  # want: FG0601
    return "sent"


@app.route("/download")
def download():
    with open(web.param("name")) as f:  # want: FG0605
        return f.read()


@app.route("/next")
def next_page():
    req = RequestWrapper()
    return redirect(req.get("next"))  # want: FG0606


# Safe look-alikes: the same names elsewhere are not sources.


@app.route("/other")
def other():
    os.system("ping -c 1 " + other_param("host"))
    return "sent"


@app.route("/other-next")
def other_next():
    return redirect(OtherWrapper().get("next"))
