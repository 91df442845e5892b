from flask import Flask, render_template, render_template_string, request
from markupsafe import escape

app = Flask(__name__)
PAGE = "<h1>Hello {{ name }}</h1>"


@app.route("/safe/hello")
def hello():
    return render_template_string(PAGE, name=request.args.get("name", ""))


@app.route("/safe/page")
def page():
    return render_template("page.html", title=request.args.get("title", ""))


@app.route("/safe/escaped")
def escaped():
    greeting = "Hello"
    return render_template_string("<h1>" + greeting + "</h1><p>{{ q }}</p>", q=escape(request.args["q"]))
