"""Request data passed to templates that write it out unprotected.

Each finding is at the keyword argument that carries the value; its message
names the template output.
"""

from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)
# Templates may call Markup() like a filter.
app.jinja_env.globals["Markup"] = Markup


@app.route("/r/text", methods=["POST"])
def text():
    q = request.args.get("q", "")
    return render_template(
        "rendered/text.html",
        q=q,  # want: FG0604 FG0604 FG0604
        note=request.form["note"],  # want: FG0604
    )


@app.route("/r/attrs")
def attrs():
    return render_template(
        "rendered/attrs.html",
        cls=request.args["cls"],  # want: FG0604
        home=request.args["home"],  # want: FG0604
        name=request.args["name"],  # want: FG0604
        doc=request.args["doc"],  # want: FG0604
        data=request.args["data"],  # want: FG0604
    )


@app.route("/r/script")
def script():
    return render_template(
        "rendered/script.html",
        user=request.args["user"],  # want: FG0604
        color=request.args["color"],  # want: FG0604
    )


@app.route("/r/page")
def page():
    # Flask autoescapes .html templates only: .j2 is written out as it is.
    return render_template("rendered/page.j2", title=request.args["title"])  # want: FG0604


@app.route("/r/layout")
def layout():
    # The child extends a layout and includes a partial; the value goes
    # through a loop variable, a {% set %} and an attribute.
    return render_template(
        "rendered/child.html",
        crumbs=request.args.getlist("crumb"),  # want: FG0604
        profile=request.get_json(),  # want: FG0604 FG0604
    )


@app.route("/r/first")
def first():
    # A list of names renders the first that exists.
    return render_template(["rendered/missing.html", "rendered/first.html"], q=request.args["q"])  # want: FG0604


@app.route("/r/context")
def context():
    ctx = {"q": request.args["q"], "n": 3}
    return render_template("rendered/first.html", **ctx)  # want: FG0604


def render_results(term):
    return render_template("rendered/first.html", q=term)  # want: FG0604


@app.route("/r/helper-escaped")
def helper_escaped():
    return render_results(escape(request.args["term"]))


@app.route("/r/helper")
def helper():
    # One caller escapes, this one does not: the helper renders both.
    return render_results(request.args["term"])


@app.route("/r/escaped-link")
def escaped_link():
    # Escaping does not stop javascript: at the start of a URL.
    return render_template("rendered/link.html", url=escape(request.args["url"]))  # want: FG0604
