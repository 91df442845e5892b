# `without-config:` lists what fires when the configuration is not used.
import os

from flask import Flask, redirect, request

from acme_web.security import clean_html
from acme_web.validate import safe_path
from other_toolkit.security import clean_html as other_clean_html

app = Flask(__name__)


@app.route("/comment", methods=["POST"])
def comment():
    body = clean_html(request.form["body"])
    # clean_html is declared for html only: a shell still sees the quotes.
    os.system("notify-send " + body)  # want: FG0601  without-config: FG0601
    return "<p>" + body + "</p>"  # without-config: FG0604


@app.route("/file")
def file():
    path = safe_path(request.args["p"])
    with open(path) as f:  # without-config: FG0605
        f.read()
    # safe_path is declared for path only: a redirect is another class.
    return redirect(path)  # want: FG0606  without-config: FG0606


# Safe look-alike of the sanitizer: the same name in another module does
# not clean anything.


@app.route("/preview")
def preview():
    return "<p>" + other_clean_html(request.args["text"]) + "</p>"  # want: FG0604  without-config: FG0604
