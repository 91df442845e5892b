"""The debugger PIN switched off from Python."""

import os
from os import environ

from werkzeug.debug import DebuggedApplication

os.environ["WERKZEUG_DEBUG_PIN"] = "off"  # want: FG0304[high]
environ["WERKZEUG_DEBUG_PIN"] = "off"  # want: FG0304
os.environ.setdefault("WERKZEUG_DEBUG_PIN", "off")  # want: FG0304
os.environ.update(WERKZEUG_DEBUG_PIN="off")  # want: FG0304
os.environ.update({"WERKZEUG_DEBUG_PIN": "off"})  # want: FG0304
os.putenv("WERKZEUG_DEBUG_PIN", "off")  # want: FG0304

PIN_SETTING = "off"
os.environ["WERKZEUG_DEBUG_PIN"] = PIN_SETTING  # want: FG0304


def make(app):
    return DebuggedApplication(app, evalex=True, pin_security=False)  # want: FG0304
