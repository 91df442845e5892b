"""Safe look-alikes: none of these may be reported."""

import os

from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

app = Flask(__name__)
# Tracebacks without a console: not code execution.
traced = DebuggedApplication(app, evalex=False)
plain = DebuggedApplication(app)
from_env = DebuggedApplication(app, evalex=os.environ.get("EVALEX") == "1")
run_simple("0.0.0.0", 5000, app)
run_simple("0.0.0.0", 5000, app, use_reloader=True)
run_simple("0.0.0.0", 5000, app, use_debugger=True, use_evalex=False)
run_simple("127.0.0.1", 5000, app, use_debugger=False)


class DebuggedApp:
    def __init__(self, app, evalex=False):
        self.app = app


local = DebuggedApp(app, evalex=True)
