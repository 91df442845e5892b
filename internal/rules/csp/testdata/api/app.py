from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/items")
def items():
    return jsonify([])
