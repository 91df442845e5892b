from flask import request

from app import app


@app.route("/bt00109/page/<int:num>")
def page(num):
    sort = request.args.get("sort", "asc")
    label = "ascending" if sort == "asc" else "descending"
    return f"<h1>Page {num}</h1><p>Sorted {label}</p>"
