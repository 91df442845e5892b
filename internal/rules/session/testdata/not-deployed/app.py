from flask import Flask, session

# a tutorial app: nothing says it is deployed anywhere
app = Flask(__name__)
app.secret_key = "dev"


@app.route("/")
def index():
    session["n"] = session.get("n", 0) + 1
    return str(session["n"])


if __name__ == "__main__":
    app.run()
