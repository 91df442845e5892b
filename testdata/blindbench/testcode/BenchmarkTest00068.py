from flask import request, session, jsonify

from app import app


@app.route("/bt00068/role/request", methods=["POST"])
def request_role():
    requested = request.form.get("role", "viewer")
    granted = "viewer"
    if 9 * 9 < 80:
        granted = requested
    session["role"] = granted
    return jsonify(granted=granted)
