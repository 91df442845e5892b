package taint

import (
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// TestSummaries: parameter → return, parameter → sink, sanitising
// helpers, helpers that mutate their arguments, across modules and
// relative imports, and recursion.
func TestSummaries(t *testing.T) {
	check(t, files{
		"pkg/__init__.py": "",
		"pkg/util.py": `
import os
from html import escape

def passthrough(x):
    return x

def clean_html(x):
    return escape(x)

def constant(x):
    return "fixed"

def run(cmd):
    os.system(cmd)  # flow: command

def pick(a, b, use_a):
    if use_a:
        return a
    return b

def fill(items, value):
    items.append(value)

def recurse(x, n):
    if n <= 0:
        return x
    return recurse(x, n - 1)
`,
		"pkg/views.py": `
import os
from flask import request, make_response
from .util import passthrough, clean_html, constant, run, pick, fill, recurse

def view():
    p = request.args["p"]
    os.system(passthrough(p))  # flow: command
    os.system(constant(p))
    make_response(clean_html(p))
    os.system(clean_html(p))  # flow: command
    run(p)
    os.system(pick(p, "safe", False))
    os.system(pick(p, "safe", True))  # flow: command
    items = ["safe"]
    fill(items, p)
    os.system(items[0])
    os.system(items[1])  # flow: command
    os.system(recurse(p, 3))  # flow: command
`})
}

// TestClosures: routes defined inside init(app), nested helpers reading
// the enclosing function's variables, lambdas and decorators.
func TestClosures(t *testing.T) {
	check(t, files{
		"routes.py": `
import os
import functools
from flask import request, redirect

PREFIX = "echo "

def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "user" not in request.cookies:
            return redirect("/login?next=" + request.url)
        return view(*args, **kwargs)
    return wrapped

def init(app):
    suffix = " done"

    @app.route("/a", methods=["GET"])
    def a_get():
        return a_post()

    @app.route("/a", methods=["POST"])
    def a_post():
        param = request.form["p"]
        os.system(PREFIX + param + suffix)  # flow: command
        return "ok"

    @app.route("/b")
    @login_required
    def b():
        value = request.args["v"]

        def inner():
            return value

        make = lambda x: "ls " + x
        os.system(inner())  # flow: command
        os.system(make(value))  # flow: command
        os.system(make("safe"))
        return "ok"
`})
}

// TestTraces: a flow through a helper in another module carries every
// hop, with locations in both files.
func TestTraces(t *testing.T) {
	r := check(t, files{
		"db.py": `
def find(conn, name):
    sql = "SELECT * FROM users WHERE name = '%s'" % name
    return conn.execute(sql)  # flow: sql
`,
		"app.py": `
import sqlite3
from flask import request
from db import find

def view():
    user = request.form["user"]
    return str(find(sqlite3.connect("x.db"), user))
`})
	fl := r.Flows(spec.SQL)
	if len(fl) != 1 {
		t.Fatalf("want 1 flow, got %d", len(fl))
	}
	var got []string
	for _, s := range fl[0].Trace {
		got = append(got, s.Location.Path+":"+itoa(s.Location.StartLine)+" "+s.Note)
	}
	want := []string{
		`app.py:6 request.form["user"]`,
		`app.py:6 assigned to user`,
		`app.py:7 passed to find() as name`,
		`db.py:2 assigned to sql`,
		`db.py:3 reaches conn.execute()`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("trace:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if msg := fl[0].Message; msg != `request.form["user"] (app.py:6) reaches conn.execute() (line 3)` {
		t.Errorf("message = %q", msg)
	}
}
