"""The same forms in an app with Flask-Login: a forged submission carries
the session cookie, so the forms are Medium."""

from flask import Flask, render_template, request
from flask_login import LoginManager, login_required

app = Flask(__name__)
login = LoginManager(app)


@app.route("/upload", methods=["GET", "POST"])
@login_required
def upload():
    if request.method == "POST":
        store(request.files["file"])
    return render_template("upload.html")


def store(f):
    pass
