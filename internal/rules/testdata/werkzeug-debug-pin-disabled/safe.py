"""Safe look-alikes: none of these may be reported."""

import os

from werkzeug.debug import DebuggedApplication

# Werkzeug compares with "off" exactly.
os.environ["WERKZEUG_DEBUG_PIN"] = "OFF"
# A fixed PIN keeps the prompt.
os.environ["WERKZEUG_DEBUG_PIN"] = "123-456-789"
os.environ.setdefault("WERKZEUG_DEBUG_PIN", os.urandom(8).hex())
pin = os.environ.get("WERKZEUG_DEBUG_PIN", "off")
settings = {"WERKZEUG_DEBUG_PIN": "off"}
os.environ["OTHER_PIN"] = "off"


def make(app):
    return DebuggedApplication(app, pin_security=True)
