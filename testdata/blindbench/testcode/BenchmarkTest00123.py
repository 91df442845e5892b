from flask import request, jsonify

from app import app


@app.route("/bt00123/calc")
def calculator():
    expr = request.args.get("expr", "1+1")
    try:
        result = eval(expr)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(result=str(result))
