"""Safe look-alikes: none of these may be reported."""

import asyncio
import os
import unittest

import settings  # not part of the project: its DEBUG is unknown
from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)

# Debug decided by the environment at run time.
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
app.run(debug=settings.DEBUG)
app.run(debug=os.getenv("FLASK_DEBUG", "False"))
app.run(debug=True if os.environ.get("LOCAL") else False)
app.config["DEBUG"] = os.getenv("FLASK_DEBUG")
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG", "0") == "1"

# Debug off, or off for the debugger.
app.run(debug=False)
app.run(debug=0)
app.run(debug=None)
app.run(debug="")
app.run(use_evalex=True, use_debugger=False)
app.config["DEBUG"] = False
app.config["TESTING"] = True
app.config.update(DEBUG=False, TESTING=True)
app.debug = False

# A dict that is never given to the config.
defaults = {"DEBUG": True}
print(defaults)

# Not Flask apps, though they have a run method with a debug flag.


class Job:
    def run(self, debug=False):
        return debug


Job().run(debug=True)
asyncio.run(asyncio.sleep(0), debug=True)
unittest.TextTestRunner(verbosity=2).run(unittest.TestSuite())
socketio = SocketIO(app)
socketio.run(app, debug=False)


def not_an_app():
    app = Job()
    app.run(debug=True)
    app.debug = True


# A class that sets DEBUG but that no from_object ever loads.
class UnusedProductionConfig:
    DEBUG = True
