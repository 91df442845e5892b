import os

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app)


def main():
    app.run(host="0.0.0.0", port=8000)  # want: FG1403[high]


def main_env():
    app.run(host=os.environ.get("HOST", "0.0.0.0"))  # want: FG1403[high]


def main_socketio():
    socketio.run(app, host="0.0.0.0")  # want: FG1403[high]


def main_ipv6():
    app.run("::", 8000, ssl_context=None)  # want: FG1403[high]


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=False)  # want: FG1403[medium]
