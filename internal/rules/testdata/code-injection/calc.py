import importlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    return str(eval(expr))  # want: FG0602


@app.route("/plugin/<name>")
def plugin(name):
    module = importlib.import_module("plugins." + name)  # want: FG0602
    return module.render()


@app.route("/run", methods=["POST"])
def run():
    code = request.get_json()["code"]
    exec(compile(code, "<user>", "exec"))  # want: FG0602
    return "done"
