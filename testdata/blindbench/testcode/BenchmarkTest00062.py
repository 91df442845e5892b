from flask import request

from app import app


@app.route("/bt00062/results")
def search_results():
    q = request.args.get("q", "")
    return f"<h1>Results for {q}</h1><p>No matches found.</p>"
