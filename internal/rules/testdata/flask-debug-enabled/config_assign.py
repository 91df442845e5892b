"""Debug switched on through the app object and its config."""

from flask import Flask

app = Flask(__name__)
app.debug = True  # want: FG0301
app.config["DEBUG"] = True  # want: FG0301
app.config.update(DEBUG=True)  # want: FG0301
app.config.update({"DEBUG": True, "TESTING": False})  # want: FG0301
app.config.from_mapping(DEBUG=True, SECRET_KEY_PATH="/run/secrets/key")  # want: FG0301
app.config.update(
    SESSION_COOKIE_SECURE=True,
    DEBUG=1,  # want: FG0301
)

# A dict given to the config is reported where the value is written.
overrides = {"DEBUG": True}  # want: FG0301
app.config.update(overrides)

# Settings modules loaded by name.
app.config.from_object("prod_settings")
app.config.from_object("dev_settings")
