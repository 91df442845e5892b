from flask import Flask, jsonify, request

# a stateless JSON API: no cookies, nothing a browser attaches on its own
app = Flask(__name__)


@app.post("/api/convert")
def convert():
    return jsonify(value=request.get_json()["value"] * 2)
