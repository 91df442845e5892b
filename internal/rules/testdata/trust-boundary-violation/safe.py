from flask import Flask, abort, request, session

app = Flask(__name__)
THEMES = {"light", "dark"}


@app.route("/safe/prefs", methods=["POST"])
def prefs():
    theme = request.form.get("theme", "light")
    if theme not in THEMES:
        abort(400)
    session["theme"] = theme
    session["per_page"] = request.form.get("per_page", 20, type=int)
    session["count"] = int(request.form["count"])
    return "saved"
