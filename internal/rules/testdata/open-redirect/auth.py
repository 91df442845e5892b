from flask import Flask, make_response, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    return redirect(request.args.get("next") or url_for("index"))  # want: FG0606


@app.route("/out")
def out():
    target = request.args["to"]
    resp = make_response("", 302)
    resp.headers["Location"] = target  # want: FG0606
    return resp


@app.route("/go/<path:where>")
def go(where):
    return redirect("//" + where)  # want: FG0606
