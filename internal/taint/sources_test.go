package taint

import (
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// TestSources covers the request attributes and methods, aliases and
// import paths of flask.request, and URL parameters by converter.
func TestSources(t *testing.T) {
	check(t, files{"app.py": `
import os
import flask
from flask import Flask, request as rq
from flask.globals import request as req2

app = Flask(__name__)

@app.route("/a")
def a():
    os.system(rq.args["x"])  # flow: command
    os.system(rq.form.get("x"))  # flow: command
    os.system(rq.values.getlist("x")[0])  # flow: command
    os.system(rq.json["x"])  # flow: command
    os.system(rq.get_json()["x"])  # flow: command
    os.system(rq.data)  # flow: command
    os.system(rq.get_data(as_text=True))  # flow: command
    os.system(rq.cookies.get("c"))  # flow: command
    os.system(rq.headers.get("User-Agent"))  # flow: command
    os.system(rq.environ["HTTP_X"])  # flow: command
    os.system(rq.view_args["v"])  # flow: command
    os.system(rq.path)  # flow: command
    os.system(rq.full_path)  # flow: command
    os.system(rq.url)  # flow: command
    os.system(rq.referrer)  # flow: command
    os.system(rq.user_agent.string)  # flow: command
    os.system(rq.authorization.username)  # flow: command
    os.system(rq.query_string.decode())  # flow: command
    os.system(rq.stream.read())  # flow: command
    os.system(rq.files["f"].filename)  # flow: command
    os.system(rq.files["f"].read())  # flow: command
    os.system(flask.request.args["x"])  # flow: command
    os.system(req2.args["x"])  # flow: command
    os.system(rq.args.to_dict()["x"])  # flow: command
    os.system(rq.method)
    os.system(rq.endpoint)
    os.system(rq.remote_addr)
    for name in rq.headers.keys():
        os.system(name)  # flow: command
    for k, v in rq.args.items():
        os.system(k)  # flow: command

@app.route("/p/<name>/<path:rest>/<int:n>/<float:f>/<uuid:u>/<any(a, b):choice>")
def params(name, rest, n, f, u, choice):
    os.system(name)  # flow: command
    os.system(rest)  # flow: command
    os.system(str(n))
    os.system(str(f))
    os.system(str(u))
    os.system(choice)  # flow: command

def by_rule(item):
    os.system(item)  # flow: command

app.add_url_rule("/items/<item>", "items", by_rule)

@app.route("/typed")
def typed():
    os.system(rq.args.get("n", 0, type=int))
    os.system(rq.args.get("n", type=str))  # flow: command
`})
}

// TestRequestWrapper: a helper class in another module reads the request;
// its results are sources wherever they are used.
func TestRequestWrapper(t *testing.T) {
	check(t, files{
		"helpers/__init__.py": "",
		"helpers/req.py": `
from flask import request

class Params:
    def __init__(self, source="args"):
        self.source = source

    def param(self, name):
        return request.args.get(name)

    def constant(self):
        return "fixed"

def get_param(name):
    value = request.values.get(name)
    return value

def fixed_path():
    return "/static/logo.png"
`,
		"views.py": `
import os
from helpers.req import Params, get_param, fixed_path

def view():
    p = Params()
    os.system(p.param("cmd"))  # flow: command
    os.system(p.constant())
    os.system(get_param("x"))  # flow: command
    os.system(fixed_path())
`})
}

// TestSourceLabels: messages name the source by its key and the sink.
func TestSourceLabels(t *testing.T) {
	r := check(t, files{"app.py": `
from flask import Flask, request, redirect

app = Flask(__name__)

@app.route("/login")
def login():
    target = request.args["next"]
    return redirect(target)  # flow: redirect
`})
	fl := r.Flows(spec.Redirect)
	if len(fl) != 1 {
		t.Fatalf("want one flow, got %d", len(fl))
	}
	want := `request.args["next"] (line 7) reaches redirect() (line 8)`
	if fl[0].Message != want {
		t.Errorf("message = %q, want %q", fl[0].Message, want)
	}
	var notes []string
	for _, s := range fl[0].Trace {
		notes = append(notes, s.Location.Path+":"+itoa(s.Location.StartLine)+" "+s.Note)
	}
	if got := strings.Join(notes, " | "); got != `app.py:7 request.args["next"] | app.py:7 assigned to target | app.py:8 reaches redirect()` {
		t.Errorf("trace = %s", got)
	}
}

func itoa(i int) string {
	var b []byte
	for i >= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
	}
	return string(append([]byte{byte('0' + i)}, b...))
}

// TestTypedViewArgs: request.view_args holds URL parameters as their
// converters made them; an int, float or uuid one is clean there too.
func TestTypedViewArgs(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/u/<int:uid>/<name>")
def user(uid, name):
    os.system("id " + str(request.view_args["uid"]))
    os.system("id " + request.view_args["name"])  # flow: command
    os.system("id " + request.view_args.get("name"))  # flow: command
    os.system("id " + request.view_args.get("uid"))

@app.route("/v/<path:rest>")
def other(rest):
    os.system(request.view_args["uid"])  # flow: command
`})
}

// TestClassBasedViews: the handler methods of a class registered with
// add_url_rule(..., view_func=C.as_view(...)) take the rule's URL
// parameters, typed or not, like a function view.
func TestClassBasedViews(t *testing.T) {
	check(t, files{"app.py": `
import os
import random
from flask import Flask
from flask.views import MethodView

app = Flask(__name__)

class Item(MethodView):
    def get(self, name, num):
        os.system("echo " + name)  # flow: command
        os.system("echo " + str(num))

    def helper(self, name):
        os.system(name)

app.add_url_rule("/items/<name>/<int:num>", view_func=Item.as_view("item"))
`})
}
