from flask import Flask, abort, current_app, request, session

app = Flask(__name__)
THEMES = {"light", "dark"}


@app.route("/safe/prefs", methods=["POST"])
def prefs():
    theme = request.form.get("theme", "light")
    if theme not in THEMES:
        abort(400)
    session["theme"] = theme
    session["per_page"] = request.form.get("per_page", 20, type=int)
    session["count"] = int(request.form["count"])
    return "saved"


def permissions_for(token):
    # What the configuration holds under the client's token, not the token.
    return current_app.config["PERMISSIONS"].get(token)


@app.route("/safe/login", methods=["POST"])
def login():
    perms = permissions_for(request.form.get("token"))
    if perms is not None:
        session["permissions"] = perms
    return "ok"


class Room:
    def __init__(self):
        self.members = set()

    def valid_name(self, name):
        name = name.strip()
        return name and name.isprintable() and name not in self.members and len(name) <= 64

    def routes(self):
        @app.route("/safe/rename", methods=["POST"])
        def rename():
            name = request.get_json().get("name", "").strip()
            if self.valid_name(name):
                session["name"] = name
            return "ok"
