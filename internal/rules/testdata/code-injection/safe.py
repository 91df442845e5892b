import ast
import importlib

from flask import Flask, abort, request

app = Flask(__name__)
PLUGINS = ("charts", "tables")


@app.route("/safe/calc")
def calc():
    return str(ast.literal_eval(request.args["expr"]))


@app.route("/safe/plugin/<name>")
def plugin(name):
    if name not in PLUGINS:
        abort(404)
    return importlib.import_module("plugins." + name).render()


@app.route("/safe/number")
def number():
    n = int(request.args["n"])
    return str(eval("%d * 2" % n))
