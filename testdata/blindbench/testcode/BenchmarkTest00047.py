from flask import request, render_template_string

from app import app


@app.route("/bt00047/greet")
def greet_visitor():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)
