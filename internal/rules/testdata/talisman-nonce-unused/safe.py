from flask import Flask
from flask_talisman import Talisman

# a nonce for styles only, and no inline <style> in the templates
styles = Flask("styles")
Talisman(styles, content_security_policy_nonce_in=["style-src"])

dev = Flask("dev")
if dev.debug:
    Talisman(dev, content_security_policy_nonce_in=["script-src"])

# never bound to an app
unbound = Talisman(content_security_policy_nonce_in=["script-src"])
