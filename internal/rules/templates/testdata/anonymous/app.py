"""An anonymous paste/echo service: no login, no session, no flash.

A forged submission acts as nobody, so its token-less forms are Low.
"""

from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/upload", methods=["GET", "POST"])
def upload():
    if request.method == "POST":
        store(request.files["file"])
    return render_template("upload.html")


@app.post("/echo")
def echo():
    return render_template("echo.html", data=request.form)


def store(f):
    pass
