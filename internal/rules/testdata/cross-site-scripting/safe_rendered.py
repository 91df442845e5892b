"""Look-alikes of rendered.py that must stay silent: the value is escaped
where it is written, harmless in its HTML context, made safe in the view,
or never written out at all.
"""

from flask import Flask, render_template, request, url_for
from markupsafe import escape

app = Flask(__name__)


@app.route("/s/text")
def text():
    q = request.args.get("q", "")
    # Autoescaped text, a quoted attribute, a link after a fixed path, a
    # test of the value, url_for, numbers, URL quoting and JSON in script.
    return render_template("safe_rendered/text.html", q=q, n=request.args["n"])


@app.route("/s/constants")
def constants():
    # |safe on values that carry no request data.
    return render_template("safe_rendered/constants.html", banner="<b>Sale</b>", next_url=url_for("text"))


@app.route("/s/escaped", methods=["POST"])
def escaped():
    # Escaped in the view, then marked safe in the template: written once,
    # escaped.
    return render_template("safe_rendered/escaped.html", comment=escape(request.form["comment"]))


@app.route("/s/count")
def count():
    # int() leaves nothing of the request but a number.
    return render_template("safe_rendered/count.html", n=int(request.args["n"]))


@app.route("/s/unused")
def unused():
    # The template never writes this variable out.
    return render_template("safe_rendered/unused.html", q=request.args["q"])


@app.route("/s/email", methods=["POST"])
def email():
    # A plain-text template without markup: an e-mail body, not a page.
    body = render_template("safe_rendered/notice.txt", name=request.form["name"])
    send_mail("orders@example.com", body)
    return "sent"


def send_mail(to, body):
    pass


@app.route("/s/layout")
def layout():
    # The layout's unsafe block is replaced by the child's, and the child
    # writes nothing outside its blocks; the include passes no context.
    return render_template("safe_rendered/child.html", q=request.args["q"])


def render_comment(text):
    return render_template("safe_rendered/escaped.html", comment=text)


@app.route("/s/helper")
def helper():
    # Every caller of the helper escapes.
    return render_comment(escape(request.args["c"]))
