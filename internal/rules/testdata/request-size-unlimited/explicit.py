from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = None  # want: FG0620


@app.post("/data")
def data():
    return request.data
