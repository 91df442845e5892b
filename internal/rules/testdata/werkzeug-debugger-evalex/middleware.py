"""The Werkzeug debugger mounted by hand."""

import werkzeug
import werkzeug.debug
from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.debug import DebuggedApplication as Debugger
from werkzeug.serving import run_simple

app = Flask(__name__)
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)  # want: FG0303[critical]
app.wsgi_app = DebuggedApplication(app.wsgi_app, True)  # want: FG0303
application = Debugger(app, evalex=1)  # want: FG0303
wrapped = werkzeug.debug.DebuggedApplication(app, evalex=True)  # want: FG0303
legacy = werkzeug.DebuggedApplication(app, evalex=True)  # want: FG0303

if app.debug:
    # Conditional on debug mode, but the console is still mounted then.
    app.wsgi_app = DebuggedApplication(
        app.wsgi_app,
        evalex=True,  # want: FG0303
        pin_security=True,
    )

run_simple("0.0.0.0", 5000, app, use_debugger=True)  # want: FG0303
run_simple("0.0.0.0", 5000, app, True, True)  # want: FG0303
run_simple("0.0.0.0", 5000, app, use_reloader=True, use_debugger=True, use_evalex=True)  # want: FG0303
