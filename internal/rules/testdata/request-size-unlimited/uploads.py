from flask import Flask, request

app = Flask(__name__)  # want: FG0620[low]


@app.post("/upload")
def upload():
    request.files["file"].save("/tmp/upload")
    return "ok"


@app.post("/api/items")
def items():
    return request.get_json()
