from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    session["theme"] = request.form["theme"]  # want: FG0612
    session.update(lang=request.form.get("lang"))  # want: FG0612
    return "saved"


@app.route("/remember/<name>")
def remember(name):
    session[name] = True  # want: FG0612
    return "ok"
