SECRET_KEY = "from-settings-15"  # want: FG0201
DEFAULTS = {
    "SECRET_KEY": "dict-in-settings-16",  # want: FG0201
}
