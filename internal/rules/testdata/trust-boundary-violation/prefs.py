from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    session["theme"] = request.form["theme"]  # want: FG0612
    session.update(lang=request.form.get("lang"))  # want: FG0612
    return "saved"


@app.route("/remember/<name>")
def remember(name):
    session[name] = True  # want: FG0612
    return "ok"


class Lobby:
    def present(self, name):
        # Looks at presence only: nothing about the name is checked.
        return name is not None

    def routes(self):
        @app.route("/nick", methods=["POST"])
        def nick():
            name = request.form.get("nick")
            if self.present(name):
                session["nick"] = name  # want: FG0612
            return "ok"


@app.route("/badge", methods=["POST"])
def badge():
    # A lookup in an object the engine does not know may return the key.
    session["badge"] = app.badges.get(request.form["badge"])  # want: FG0612
    return "ok"
