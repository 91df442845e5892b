package taint

import (
	"sort"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// analyzed is a project and its analysis, for tests that look up nodes.
type analyzed struct {
	proj *project.Project
	res  *Result
}

func analyzeProject(t *testing.T, fs files) analyzed {
	t.Helper()
	var parsed []*python.File
	paths := make([]string, 0, len(fs))
	for p := range fs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		f, err := python.Parse(p, []byte(strings.TrimLeft(fs[p], "\n")))
		if err != nil || len(f.Errors) > 0 {
			t.Fatalf("parse %s: %v %v", p, err, f.Errors)
		}
		parsed = append(parsed, f)
	}
	proj := project.Build(parsed)
	return analyzed{proj, Analyze(proj, spec.Default().Compile())}
}

// facts returns the call facts of the only call in file path whose source
// text starts with callee+"(" on the line marked `# <- mark`.
func (a analyzed) facts(t *testing.T, path, mark, callee string) (CallFacts, bool) {
	t.Helper()
	m := a.proj.ModuleAt(path)
	if m == nil {
		t.Fatalf("no module %s", path)
	}
	line := 0
	for i, l := range strings.Split(string(m.File.Source), "\n") {
		if strings.HasSuffix(l, "# <- "+mark) {
			line = i + 1
		}
	}
	var call *python.Call
	python.Walk(m.File.Module, func(n python.Node) bool {
		if c, ok := n.(*python.Call); ok && int(c.Span().Start.Line) == line && strings.HasPrefix(m.File.Text(c.Span()), callee+"(") {
			call = c
		}
		return true
	})
	if call == nil {
		t.Fatalf("%s: no call %s( on the line marked %s", path, callee, mark)
	}
	return a.res.Call(m, call)
}

// TestCallFactsFold: constants chosen through branches, containers,
// closures and helpers reach the call as the constant they fold to.
func TestCallFactsFold(t *testing.T) {
	a := analyzeProject(t, files{
		"app.py": `
import hashlib
import random
from flask import Flask, request, make_response

app = Flask(__name__)

def passthrough(x):
    return x

@app.post("/a")
def a():
    data = request.get_data()
    guess = "ABC"
    pick = guess[0]
    if pick == "A":
        algo = "md5"
    elif pick == "B":
        algo = "sha256"
    else:
        algo = "sha256"
    h = hashlib.new(algo)  # <- switch
    m = {}
    m["x"] = "sha1"
    m["y"] = "sha256"
    hashlib.new(m["x"], data)  # <- dict
    hashlib.new(passthrough("md5"))  # <- helper
    flag = True
    def off():
        nonlocal flag
        flag = False
    off()
    resp = make_response("ok")
    resp.set_cookie("c", data, secure=flag, httponly=True)  # <- cookie
    resp.set_cookie("d", data, **{"secure": True})  # <- splat
    return resp

@app.post("/b")
def b():
    v = request.args["v"]
    hashlib.new(v)  # <- unknown
    hashlib.new(*request.args.getlist("a"), "md5")  # <- star
    rng = random.Random()
    count = 0
    while count < 3:
        rng = random.SystemRandom()
        count += 1
    gen = random.Random()
    n = 0
    while n < 3:
        if n == 2:
            gen = random.SystemRandom()
        n += 1
        if n > 5:
            break
    gen.random()  # <- last-pass
    return str(rng.getrandbits(64))  # <- while
`,
	})
	for _, tc := range []struct {
		mark, callee string
		pos          int
		kw           string
		want         Const
	}{
		{"switch", "hashlib.new", 0, "", Const{Kind: StrConst, Str: "md5"}},
		{"dict", "hashlib.new", 0, "", Const{Kind: StrConst, Str: "sha1"}},
		{"helper", "hashlib.new", 0, "", Const{Kind: StrConst, Str: "md5"}},
		{"cookie", "resp.set_cookie", -1, "secure", Const{Kind: BoolConst, Int: 0}},
		{"splat", "resp.set_cookie", -1, "secure", Const{Kind: BoolConst, Int: 1}},
		{"unknown", "hashlib.new", 0, "", Const{}},
	} {
		f, ok := a.facts(t, "app.py", tc.mark, tc.callee)
		if !ok || !f.Reachable || !f.Complete {
			t.Errorf("%s: facts %+v, %v; want reachable and complete", tc.mark, f, ok)
			continue
		}
		got, _ := f.Arg(tc.pos, tc.kw)
		if got.Const != tc.want {
			t.Errorf("%s: argument is %+v, want %+v", tc.mark, got.Const, tc.want)
		}
	}
	if f, _ := a.facts(t, "app.py", "star", "hashlib.new"); len(f.Args) != 0 {
		t.Errorf("star: arguments %+v after a *args of unknown length, want none", f.Args)
	}
	f, _ := a.facts(t, "app.py", "switch", "hashlib.new")
	if f.Callee != "hashlib.new" || f.Receiver.Symbol != "hashlib" {
		t.Errorf("switch: callee %q receiver %+v, want hashlib.new on hashlib", f.Callee, f.Receiver)
	}
	f, _ = a.facts(t, "app.py", "while", "rng.getrandbits")
	if f.Receiver.Origin != "random.SystemRandom()" || f.Callee != "random.SystemRandom().getrandbits" {
		t.Errorf("while: receiver %+v callee %q, want random.SystemRandom()", f.Receiver, f.Callee)
	}
	// Only the last pass swaps the generator: a fixpoint would join it
	// with the first passes' and know nothing.
	if f, _ := a.facts(t, "app.py", "last-pass", "gen.random"); f.Receiver.Origin != "random.SystemRandom()" {
		t.Errorf("last-pass: receiver %+v, want random.SystemRandom()", f.Receiver)
	}
}

// TestCallFactsReach: calls in pruned branches, after an abort, in a
// handler no statement of its try can reach and after a raise are
// unreachable (a global some function rebinds prunes nothing); calls the
// engine never looked at have no facts.
func TestCallFactsReach(t *testing.T) {
	a := analyzeProject(t, files{
		"app.py": `
import hashlib
from flask import Flask, abort, request

app = Flask(__name__)
LEGACY = False

def enable_legacy():
    global LEGACY
    LEGACY = True

@app.post("/a")
def a():
    data = request.get_data()
    if (7 * 6) > 100:
        hashlib.md5(data)  # <- pruned
    if LEGACY:
        hashlib.md5(data)  # <- toggled
    x = hashlib.sha1(data) if 2 > 3 else hashlib.sha256(data)  # <- ifexp
    while 7 * 6 < 40:
        hashlib.md5(data)  # <- never
    f = lambda: hashlib.md5(data)  # <- lambda
    hashlib.sha1(data)  # <- live
    abort(400)
    hashlib.md5(data)  # <- after

@app.post("/b")
def b():
    data = request.get_data()
    try:
        flag = True
    except KeyError:
        hashlib.md5(data)  # <- handler
    else:
        flag = False
    try:
        algo = "sha256"
        int("not a number")
        hashlib.sha1(data)  # <- after-raise
    except ValueError:
        algo = "md5"
    hashlib.new(algo)  # <- failing-int
    try:
        return "x"
    finally:
        hashlib.sha1(data)  # <- finally

def unused(data):
    hashlib.md5(data)  # <- unused
`,
	})
	for _, tc := range []struct {
		mark, callee  string
		ok, reachable bool
	}{
		{"pruned", "hashlib.md5", true, false},
		{"toggled", "hashlib.md5", true, true},
		{"ifexp", "hashlib.sha1", true, false},
		{"ifexp", "hashlib.sha256", true, true},
		{"never", "hashlib.md5", true, false},
		{"lambda", "hashlib.md5", false, false},
		{"live", "hashlib.sha1", true, true},
		{"after", "hashlib.md5", true, false},
		{"handler", "hashlib.md5", true, false},
		{"after-raise", "hashlib.sha1", true, false},
		{"failing-int", "hashlib.new", true, true},
		{"finally", "hashlib.sha1", true, true},
		{"unused", "hashlib.md5", false, false},
	} {
		f, ok := a.facts(t, "app.py", tc.mark, tc.callee)
		if ok != tc.ok || f.Reachable != tc.reachable {
			t.Errorf("%s %s: ok=%v reachable=%v, want ok=%v reachable=%v", tc.mark, tc.callee, ok, f.Reachable, tc.ok, tc.reachable)
		}
	}
	if f, _ := a.facts(t, "app.py", "failing-int", "hashlib.new"); f.Args[0].Const != (Const{Kind: StrConst, Str: "md5"}) {
		t.Errorf("failing-int: algorithm %+v, want md5 (set in the handler)", f.Args[0].Const)
	}
}

// TestCallFactsContexts: a helper analysed in several calling contexts
// keeps a constant only when every context agrees, is reachable when any
// context reaches the call, and its facts are not complete, since callers
// the engine did not follow may pass anything.
func TestCallFactsContexts(t *testing.T) {
	a := analyzeProject(t, files{
		"helpers.py": `
import hashlib

def digest(data, algo):
    return hashlib.new(algo, data)  # <- mixed

def legacy(data, algo):
    return hashlib.new(algo, data)  # <- same

def maybe(data, flag):
    if flag:
        return hashlib.md5(data)  # <- maybe
    return None

def never(data, flag):
    if flag:
        return hashlib.md5(data)  # <- never
    return None
`,
		"views.py": `
from flask import Flask, request
from helpers import digest, legacy, maybe, never

app = Flask(__name__)

@app.post("/a")
def a():
    d = request.get_data()
    digest(d, "md5")
    legacy(d, "md5")
    maybe(d, False)
    never(d, False)
    return "ok"

@app.post("/b")
def b():
    d = request.get_data()
    digest(d, "sha256")
    legacy(d, "md5")
    maybe(d, True)
    return "ok"
`,
	})
	f, ok := a.facts(t, "helpers.py", "mixed", "hashlib.new")
	if !ok || !f.Reachable || f.Complete || f.Args[0].Const.Known() {
		t.Errorf("mixed: %+v %v; want reachable, incomplete, no constant", f, ok)
	}
	f, _ = a.facts(t, "helpers.py", "same", "hashlib.new")
	if f.Args[0].Const != (Const{Kind: StrConst, Str: "md5"}) {
		t.Errorf("same: algorithm %+v, want md5", f.Args[0].Const)
	}
	if f, ok := a.facts(t, "helpers.py", "maybe", "hashlib.md5"); !ok || !f.Reachable {
		t.Errorf("maybe: %+v %v; want reachable", f, ok)
	}
	if f, ok := a.facts(t, "helpers.py", "never", "hashlib.md5"); ok {
		t.Errorf("never: %+v; want no facts (only some contexts were analysed)", f)
	}
}

// TestSinkSites: sinks reached from views are recorded whether or not
// request data arrives; views are counted.
func TestSinkSites(t *testing.T) {
	a := analyzeProject(t, files{
		"app.py": `
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("x.db")

@app.get("/user")
def user():
    name = request.args["name"]
    return str(db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone())

@app.get("/users/<name>")
def by_name(name):
    db.execute("SELECT 1")
    return "ok"

def offline():
    db.execute("DELETE FROM users")
`,
	})
	var lines []int
	for _, s := range a.res.SinkSites(spec.SQL) {
		lines = append(lines, s.Location.StartLine)
	}
	if len(lines) != 2 || lines[0] != 10 || lines[1] != 14 {
		t.Errorf("SQL sink lines %v, want [10 14]", lines)
	}
	if a.res.Views != 2 {
		t.Errorf("views %d, want 2", a.res.Views)
	}
	if len(a.res.SinkSites(spec.HTML)) != 2 {
		t.Errorf("HTML sinks %v, want the two view returns", a.res.SinkSites(spec.HTML))
	}
}
