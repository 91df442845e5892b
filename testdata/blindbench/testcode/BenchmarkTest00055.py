from flask import request, session, jsonify

from app import app


@app.route("/bt00055/wizard/step", methods=["POST"])
def wizard_step():
    state = {"step": "shipping", "comment": request.form.get("comment", "")}
    session["wizard_step"] = state["step"]
    return jsonify(comment=state["comment"])
