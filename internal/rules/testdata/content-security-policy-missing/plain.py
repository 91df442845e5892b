from flask import Flask, render_template

app = Flask(__name__)  # want: FG1201[medium]


@app.route("/")
def index():
    return render_template("index.html", message="home")
