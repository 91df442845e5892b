import jinja2
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello %s</h1>" % name)  # want: FG0603


@app.route("/preview", methods=["POST"])
def preview():
    source = request.form["template"]
    return jinja2.Template(source).render()  # want: FG0603


@app.route("/card")
def card():
    title = request.args.get("title", "")
    tmpl = app.jinja_env.from_string("<div>" + title + "</div>")  # want: FG0603
    return tmpl.render()
