from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


def legacy(password):
    return generate_password_hash(password, method="pbkdf2:sha256:1000")


@app.post("/register")
def register():
    return generate_password_hash(request.form["password"], method="scrypt")
