package taint

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// TestSitePaths: a string that starts with url_for() of an endpoint whose
// rules are all longer than "/" is a path of the site, whatever follows;
// one that may be "/" alone is only once a character other than a slash
// follows it.
func TestSitePaths(t *testing.T) {
	check(t, files{"app.py": `
from flask import Flask, request, redirect, url_for

app = Flask(__name__)

@app.route("/")
def home():
    return "home"

@app.route("/find")
def find():
    q = request.args["q"]
    redirect(url_for("find") + q)
    redirect(url_for(".find") + "?q=" + q + q)
    redirect(f"{url_for('find')}{q}")
    redirect(url_for("home", _external=True) + q)
    redirect(url_for("home") + "?q=" + q)
    redirect(f"{url_for('home')}?q={q}")
    redirect("/p/" + q + q)
    redirect(url_for("home") + q)  # flow: redirect
    redirect(url_for("home") + "" + q)  # flow: redirect
    redirect(f"{url_for('home')}{q}")  # flow: redirect
    redirect(f"{url_for('find'):>20}{q}")  # flow: redirect
    redirect(url_for("nowhere") + q)  # flow: redirect
    redirect(url_for(request.args["e"]) + q)  # flow: redirect
    redirect("/" + q)  # flow: redirect
    return "ok"
`})
}

// TestSettingsLookups: what is read from the configuration or the
// environment by a key the client chose is the setting, not the key; a
// lookup in an object the engine does not know carries the key.
func TestSettingsLookups(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import Flask, current_app, request, session

app = Flask(__name__)
ROLES = {"a": "reader", "b": "editor"}

@app.route("/x", methods=["POST"])
def x():
    k = request.form["k"]
    session["a"] = current_app.config["PERMISSIONS"].get(k)
    session["b"] = app.config["USERS"][k]["role"]
    session["c"] = os.environ.get(k, "none")
    session["d"] = ROLES.get(k)
    session["e"] = ROLES[k]
    session["f"] = current_app.config.get(k, k)  # flow: session
    session["g"] = current_app.cache.get(k)  # flow: session
    session["h"] = {"a": k}.get("a")  # flow: session
    return "ok"
`})
}

// TestValidatedByParsing: once int(x) or a helper that returns only after
// such a check has returned, x itself is well formed; a check whose outcome
// is dropped proves nothing, and neither does a generator's body.
func TestValidatedByParsing(t *testing.T) {
	check(t, files{"app.py": `
import os
import uuid
from flask import Flask, abort, request, send_file

app = Flask(__name__)

class Invalid(Exception):
    pass

def ident(kind, raw):
    if kind == "n":
        try:
            return int(raw)
        except ValueError:
            raise Invalid()
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise Invalid()

def lenient(raw):
    try:
        return int(raw)
    except ValueError:
        return None

def numbers(raw):
    yield int(raw)

@app.route("/a")
def a():
    raw = request.args["id"]
    try:
        n = ident("n", raw)
    except Invalid:
        n = None
    try:
        u = ident("u", raw)
    except Invalid:
        u = None
    send_file(raw)  # flow: path
    if not n and not u:
        abort(404)
    send_file(raw)
    os.system("kill " + raw)  # flow: command
    return "ok"

@app.route("/b")
def b():
    raw = request.args["id"]
    try:
        int(raw)
    except ValueError:
        abort(400)
    send_file(raw)
    other = request.args["other"]
    lenient(other)
    send_file(other)  # flow: path
    third = request.args["third"]
    numbers(third)
    send_file(third)  # flow: path
    return "ok"
`})
}

// TestValidatorVouches: a project predicate that inspects a value before
// answering true validates it for the session; one that only tests its
// presence does not, and neither kind proves other classes safe.
func TestValidatorVouches(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import Flask, request, session

app = Flask(__name__)
LOOKUP = {}

class Chat:
    def __init__(self):
        self.users = set()

    def valid(self, name):
        name = name.strip()
        return name and name.isascii() and name not in self.users and len(name) < 128

    def present(self, name):
        return name is not None

    def routes(self):
        @app.route("/c", methods=["POST"])
        def c():
            name = request.form["name"]
            if self.valid(name):
                session["name"] = name
                os.system("echo " + name)  # flow: command
            if self.present(name):
                session["other"] = name  # flow: session
            return "ok"

def short(v):
    if len(v) > 20:
        return False
    return True

def known(v):
    return LOOKUP.get(v) is not None

@app.route("/d", methods=["POST"])
def d():
    v = request.form["v"]
    if short(v):
        session["v"] = v
    if known(v):
        session["w"] = v
    return "ok"
`})
}

// TestJoinedURLHost: a check of the host of urljoin(base, target) checks
// target's host, which is base's when target is relative.
func TestJoinedURLHost(t *testing.T) {
	check(t, files{"app.py": `
from urllib.parse import urljoin, urlparse
from flask import Flask, redirect, request

app = Flask(__name__)

def same_site(target):
    here = urlparse(request.host_url)
    there = urlparse(urljoin(request.host_url, target))
    return there.scheme in ("http", "https") and here.netloc == there.netloc

def scheme_only(target):
    return urlparse(urljoin(request.host_url, target)).scheme == "https"

@app.route("/n")
def n():
    target = request.args["next"]
    if target and same_site(target):
        redirect(target)
    if scheme_only(target):
        redirect(target)  # flow: redirect
    return "ok"
`})
}

// TestCalleeLinks: a callee's result linked to its parameter is linked to
// the caller's argument; a link to a callee's local means nothing to the
// caller, even under the same name.
func TestCalleeLinks(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"ls", "df"}

def norm(v):
    return v.strip().lower()

def other(v):
    cmd = request.args["c"]
    return cmd.strip()

@app.route("/l")
def l():
    x = request.args["x"]
    n = norm(x)
    if n in ALLOWED:
        os.system(x)
    cmd = request.args["y"]
    o = other(x)
    if o in ALLOWED:
        os.system(cmd)  # flow: command
    return "ok"
`})
}

// TestHeaderNames: flows into a header's name are told apart from flows
// into its value.
func TestHeaderNames(t *testing.T) {
	r := check(t, files{"app.py": `
from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/h")
def h():
    resp = make_response("ok")
    resp.headers[request.args["n"]] = "1"  # flow: header
    resp.headers["X-V"] = request.args["v"]  # flow: header
    resp.headers.add(request.args["n2"], "1")  # flow: header
    resp.headers.extend(request.headers)  # flow: header
    resp.headers.update({"X-A": request.args["a"]})  # flow: header
    return resp
`})
	want := map[int]bool{8: true, 9: false, 10: true, 11: true, 12: false}
	for _, f := range r.Flows(spec.Header) {
		if name, ok := want[f.Sink.StartLine]; !ok || f.Name != name {
			t.Errorf("line %d: Name = %v", f.Sink.StartLine, f.Name)
		}
	}
}
