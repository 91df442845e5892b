from flask import Flask, session

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # want: FG0403[medium]


@app.route("/visit")
def visit():
    session["visits"] = session.get("visits", 0) + 1
    return str(session["visits"])
