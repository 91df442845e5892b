from flask import request, session, jsonify

from app import app


@app.route("/bt00003/identify", methods=["POST"])
def identify():
    session["username"] = request.form["username"]
    return jsonify(welcome=True)
