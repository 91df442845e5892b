from flask import Flask, render_template

app = Flask(__name__)  # want: FG1302[low]


@app.errorhandler(500)
def internal_error(err):
    # a generic page, but nobody hears about the error
    return render_template("500.html"), 500


@app.route("/")
def index():
    return "home"
