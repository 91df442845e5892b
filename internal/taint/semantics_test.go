package taint

import "testing"

// TestSequences: loops over known sequences run item by item, loops that
// surely run once leave no trace of their entry, comprehensions over
// known sequences keep their layout.
func TestSequences(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

def view():
    param = request.args["p"]
    for c in [param, "safe!"]:
        last = c
    os.system(last)
    for c in [param, "safe!"]:
        first = c
        break
    os.system(first)  # flow: command
    bar = param
    count = 0
    while count < 3:
        bar = "safe!"
        count += 1
    os.system(bar)
    m = {k: v for k, v in [("keyA", "a-Value"), ("keyB", param)]}
    os.system(m["keyA"])
    os.system(m["keyB"])  # flow: command
    upper = [x.upper() for x in ["a", param]]
    os.system(upper[0])
    os.system(upper[1])  # flow: command
`})
}

// TestClosureSemantics: defaults are bound when the def runs, closures
// read variables when called, nonlocal writes reach the enclosing
// function, a plain assignment in a nested function does not.
func TestClosureSemantics(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

def view():
    param = request.args["p"]
    captured = param
    def early(value=captured):
        return value
    def late():
        return captured
    captured = "safe!"
    os.system(early())  # flow: command
    os.system(late())
    bar = param
    def clean():
        nonlocal bar
        bar = "safe!"
    clean()
    os.system(bar)
    baz = param
    def shadow():
        baz = "safe!"
        return baz
    shadow()
    os.system(baz)  # flow: command
`})
}

// TestStringSemantics: slicing a concatenation by the length of one part,
// reversible encodings, quoting put back inside quotes, identity calls.
func TestStringSemantics(t *testing.T) {
	check(t, files{"app.py": `
import base64
import contextlib
import os
import shlex
from flask import request, make_response

def view():
    param = request.args["p"]
    os.system((param + "SafeSuffix")[len(param):])
    os.system(("SafePrefix" + param)[len("SafePrefix"):])  # flow: command
    os.system((param + "SafeSuffix")[:len(param)])  # flow: command
    enc = base64.b64encode(param.encode()).decode()
    os.system("echo " + enc)
    os.system(base64.b64decode(enc).decode())  # flow: command
    q = shlex.quote(param)
    os.system("ls " + q)
    os.system("echo '" + q + "'")  # flow: command
    os.system(f"echo \"{q}\"")  # flow: command
    with contextlib.nullcontext(("safe!", param)) as pair:
        os.system(pair[0])
        os.system(pair[1])  # flow: command
    os.system(eval(f"len({param!r})"))
    eval(f"{param}")  # flow: code
`})
}

// TestPathChecks: ".." and a leading slash are both needed before a name
// can be joined to a folder; after a fixed start, no ".." is enough.
func TestPathChecks(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request, abort

BASE = "/srv/files"

def view():
    a = request.args["a"]
    if ".." in a or a.startswith("/"):
        abort(400)
    open(os.path.join(BASE, a))
    b = request.args["b"]
    if ".." in b:
        abort(400)
    open(os.path.join(BASE, b))  # flow: path
    open(BASE + "/" + b)
    open(b)  # flow: path
    c = request.args["c"]
    if os.path.isabs(c) or ".." in c:
        abort(400)
    open(os.path.join(BASE, c))
`})
}

// TestTemplates: rendering templates made from strings, with and without
// autoescaping, and render_template_string context printed with |safe.
func TestTemplates(t *testing.T) {
	check(t, files{"app.py": `
import jinja2
from flask import Flask, request, render_template_string, make_response

app = Flask(__name__)

@app.route("/a")
def a():
    bar = request.args["p"]
    return jinja2.Template("<p>{{ x }}</p>").render(x=bar)  # flow: html

@app.route("/b")
def b():
    bar = request.args["p"]
    return jinja2.Template("<p>{{ x|e }}</p>").render(x=bar)

@app.route("/c")
def c():
    env = jinja2.Environment(autoescape=True)
    return env.from_string("<p>{{ x }}</p>").render(x=request.args["p"])

@app.route("/d")
def d():
    return app.jinja_env.from_string("<p>{{ x|safe }}</p>").render(x=request.args["p"])  # flow: html

@app.route("/e")
def e():
    return render_template_string("<p>{{ x|safe }}</p>", x=request.args["p"])  # flow: html

@app.route("/f")
def f():
    return render_template_string("<p>{{ x }}</p>", x=request.args["p"])

@app.route("/g")
def g():
    resp = make_response()
    resp.set_data("<p>" + request.args["p"] + "</p>")  # flow: html
    return resp
`})
}
