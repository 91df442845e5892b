"""app.run with debug on, in the ways Flask apps write it."""

import os

import flask
from flask import Flask
from flask import Flask as F

app = Flask(__name__)
app.run(debug=True)  # want: FG0301[high]
app.run(host="0.0.0.0", port=5000, debug=1)  # want: FG0301
app.run("0.0.0.0", 5000, True)  # want: FG0301
app.run(use_debugger=True)  # want: FG0301
app.run(use_evalex=True)  # want: FG0301
app.run(
    host="0.0.0.0",
    debug=True,  # want: FG0301
)

aliased = F(__name__)
aliased.run(debug="yes")  # want: FG0301

dotted = flask.Flask(__name__)
dotted.run(debug=True)  # want: FG0301

Flask(__name__).run(debug=True)  # want: FG0301

DEBUG_MODE = True
app.run(debug=DEBUG_MODE)  # want: FG0301

# The default applies whenever FLASK_DEBUG is unset, i.e. in production.
app.run(debug=os.environ.get("FLASK_DEBUG", True))  # want: FG0301


def serve():
    from flask import current_app

    current_app.run(debug=True)  # want: FG0301


def create_app():
    application = Flask(__name__)
    return application


def main():
    instance = create_app()
    instance.run(debug=True)  # want: FG0301


class MyFlask(Flask):
    pass


custom = MyFlask(__name__)
custom.run(debug=True)  # want: FG0301

if __name__ == "__main__":
    # `python run_calls.py` runs this block: still a finding, one notch lower.
    app.run(host="0.0.0.0", debug=True)  # want: FG0301[medium]
