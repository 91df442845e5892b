package taint

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// TestStores: configparser-style set/get stores are keyed by constants.
func TestStores(t *testing.T) {
	check(t, files{"app.py": `
import configparser
import os
from flask import request

def view():
    param = request.args["p"]
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "a_Value")
    conf.set("section", "keyB", param)
    os.system(conf.get("section", "keyA"))
    os.system(conf.get("section", "keyB"))  # flow: command
    os.system(str(conf.getint("section", "keyB")))
`})
}

// TestLoopWidening: a container that grows on every pass and a constant
// that changes on every pass still reach a fixpoint, keeping the taint.
func TestLoopWidening(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

def view():
    items = []
    n = 0
    while n < 1000:
        items.append(request.args["p"])
        items.append("x")
        n = n + 1
    os.system(items[5])  # flow: command
    k = 0
    s = "safe"
    while True:
        k += 1
        if k > 100:
            break
        s = s + request.args["q"]
    os.system(s)  # flow: command
`})
}

// TestTemplateHook: tainted context values given to render_template are
// recorded for the template reader, not reported.
func TestTemplateHook(t *testing.T) {
	r := check(t, files{"app.py": `
from flask import request, render_template

def view():
    return render_template("search.html", q=request.args["q"], n=3)
`})
	uses := r.Templates()
	if len(uses) != 1 || uses[0].Template != "search.html" || uses[0].Var != "q" || uses[0].Classes != spec.All ||
		uses[0].Location.StartLine != 4 || len(uses[0].Trace) != 1 {
		t.Errorf("template uses = %+v", uses)
	}
}

// TestMemoisation: a helper called in the same context from many places
// is analysed once.
func TestMemoisation(t *testing.T) {
	r := check(t, files{"app.py": `
import os
from flask import request

def helper(x):
    return x.strip()

def view():
    a = helper("one")
    b = helper("one")
    c = helper("one")
    os.system(helper(request.args["p"]))  # flow: command
`})
	// view, and helper twice: with "one" and with the request value.
	if r.Analyses != 3 {
		t.Errorf("analyses = %d, want 3", r.Analyses)
	}
}
