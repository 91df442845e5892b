from flask import request, send_from_directory

from app import app

PUBLIC_DIR = "/tmp/heldout2/data/public"


@app.route("/bt00031/static-files")
def static_file():
    name = request.args.get("f", "readme.txt")
    return send_from_directory(PUBLIC_DIR, name)
