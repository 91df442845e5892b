"""The app reads its templates from pages/, not templates/."""

from flask import Flask, render_template, request

app = Flask(__name__, template_folder="../pages")


@app.route("/report")
def report():
    return render_template("report.html", q=request.args["q"])  # want: FG0604
