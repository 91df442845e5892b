from pathlib import Path
from flask import request

from app import app

THEMES = Path("/tmp/heldout2/data/public")


def load_theme(theme_name):
    css_path = THEMES / theme_name
    return css_path.read_text()


@app.route("/bt00051/theme.css")
def theme_css():
    theme = request.cookies.get("theme", "readme.txt")
    return load_theme(theme), 200, {"Content-Type": "text/css"}
