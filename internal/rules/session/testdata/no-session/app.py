from flask import Flask, jsonify

# a stateless JSON service: Flask never sets a session cookie
app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(ok=True)
