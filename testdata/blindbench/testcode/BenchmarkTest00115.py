import html
from flask import make_response, request

from app import app


@app.route("/bt00115/echo-form", methods=["POST"])
def echo_form():
    title = request.form.get("title", "")
    body = "<h2>" + html.escape(title) + "</h2>"
    return make_response(body)
