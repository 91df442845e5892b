package taint

import "testing"

// TestConstantFolding: conditions known at analysis time prune dead
// branches; arithmetic, comparisons and string indexing fold.
func TestConstantFolding(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

def view():
    param = request.args["p"]
    a = param if 7 * 42 - 106 > 200 else "safe"
    os.system(a)
    b = param if 7 * 42 - 106 < 200 else "safe"
    os.system(b)  # flow: command
    num = 106
    c = "This_should_always_happen" if (7 * 18) + num > 200 else param
    os.system(c)
    d = "x" if (500 / 42) + num > 200 else param
    os.system(d)  # flow: command
    guess = "ABC"
    switch = guess[1]
    if switch == "A":
        e = param
    elif switch == "B":
        e = "bob"
    else:
        e = param
    os.system(e)
    match guess[2]:
        case "A":
            f = param
        case "C":
            f = "safe"
        case _:
            f = param
    os.system(f)
    g = param
    if 2 ** 3 != 8 or not True:
        os.system(g)
    h = param if "b" in "abc" and len("abc") == 3 else None
    os.system(h)  # flow: command
    k = param if 10 // 3 == 3 and 10 % 3 == 1 and -1 < 0 else "ok"
    os.system(k)  # flow: command
    if False:
        os.system(param)
    while False:
        os.system(param)
    if len(param) < 0 or 0 > len(request.args) or len(g) == -1:
        os.system(param)
    if len(param) >= 0:
        os.system(param)  # flow: command
    if len(param) < 1:
        os.system(param)  # flow: command
`})
}

// TestOverwrites: values overwritten before use are clean; a copy of a
// clean value stays clean when the original changes.
func TestOverwrites(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

def view():
    bar = request.args["p"]
    bar = "safe"
    os.system(bar)
    first = "clean"
    second = first
    first = request.args["q"]
    os.system(second)
    os.system(first)  # flow: command
    s = request.args["r"]
    s = s.replace(s, "x") if False else "constant"
    os.system(s)
`})
}

// TestSanitizers: each sanitizer clears its classes and only them.
func TestSanitizers(t *testing.T) {
	check(t, files{"app.py": `
import html
import os
import shlex
import uuid
import bleach
from markupsafe import escape, Markup
from flask import Flask, request, redirect, send_file, make_response
from werkzeug.utils import secure_filename, safe_join

app = Flask(__name__)

@app.route("/a")
def a():
    p = request.args["p"]
    os.system(bool(p))
    os.system("ls " + shlex.quote(p))
    open(shlex.quote(p))  # flow: path
    make_response(escape(p))
    make_response(html.escape(p))
    make_response(bleach.clean(p))
    redirect(escape(p))  # flow: redirect
    send_file(html.escape(p))  # flow: path
    open(secure_filename(p))
    send_file(safe_join("/srv", p))
    os.system(safe_join("/srv", p))  # flow: command
    open(os.path.basename(p))
    os.system(os.path.basename(p))  # flow: command
    # Last: once int(p) returned, p itself is known to be a number.
    os.system(int(p))
    os.system(float(p))
    os.system(str(uuid.UUID(p)))
    return Markup(escape(p))

@app.route("/b")
def b():
    p = request.args["p"]
    return html.escape(p)

@app.route("/c")
def c():
    p = request.args["p"]
    return "<b>" + p + "</b>"  # flow: html
`})
}

// TestChecks: checks that return, raise or abort refine the checked
// variable on the path that goes on.
func TestChecks(t *testing.T) {
	check(t, files{
		"validate.py": `
import re
from urllib.parse import urlparse, urlsplit

ALLOWED_HOSTS = {"example.com", "www.example.com"}
NAME_RE = re.compile(r"^[A-Za-z0-9_]+$")

def is_safe_url(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc

def host_ok(target):
    host = urlparse(target).netloc
    return host in ALLOWED_HOSTS

def valid_name(name):
    if not NAME_RE.match(name):
        return False
    return True

def loose(name):
    return len(name) < 20
`,
		"app.py": `
import os
import re
from pathlib import Path
from urllib.parse import urlparse
from flask import Flask, request, redirect, abort, send_file
from validate import is_safe_url, host_ok, valid_name, loose, ALLOWED_HOSTS

app = Flask(__name__)
BASE = "/srv/files"
FORMATS = ("pdf", "html")

@app.route("/a")
def allow_list():
    fmt = request.args["f"]
    if fmt not in FORMATS:
        abort(400)
    os.system("convert " + fmt)
    other = request.args["g"]
    if other in ["a", "b"]:
        os.system(other)
    os.system(other)  # flow: command

@app.route("/b")
def dots():
    name = request.args["n"]
    if ".." in name:
        return "bad", 400
    open(os.path.join(BASE, name))  # flow: path
    open(BASE + "/" + name)
    if name.startswith("/"):
        abort(400)
    open(os.path.join(BASE, name))
    os.system(name)  # flow: command

@app.route("/c")
def resolved():
    name = request.args["n"]
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE):
        abort(403)
    open(full)
    p = (Path(BASE) / request.args["m"]).resolve()
    if not p.is_relative_to(BASE):
        abort(403)
    p.read_text()
    q = os.path.join(BASE, request.args["o"])
    if not q.startswith(BASE):
        abort(403)
    open(q)  # flow: path

@app.route("/d")
def redirects():
    target = request.args["next"]
    if not is_safe_url(target):
        target = "/"
    redirect(target)
    t2 = request.args["t2"]
    if urlparse(t2).netloc not in ALLOWED_HOSTS:
        abort(400)
    redirect(t2)
    t3 = request.args["t3"]
    parsed = urlparse(t3)
    if parsed.netloc and parsed.netloc != "example.com":
        abort(400)
    redirect(t3)
    t4 = request.args["t4"]
    if not host_ok(t4):
        abort(400)
    redirect(t4)
    t5 = request.args["t5"]
    if urlparse(t5).scheme not in ("http", "https"):
        abort(400)
    redirect(t5)  # flow: redirect

@app.route("/e")
def regexes():
    a = request.args["a"]
    if not re.fullmatch(r"[a-z0-9]+", a):
        abort(400)
    os.system(a)
    b = request.args["b"]
    if not valid_name(b):
        abort(400)
    os.system(b)
    c = request.args["c"]
    if not re.match(r"[a-z]+", c):
        abort(400)
    os.system(c)  # flow: command
    d = request.args["d"]
    if not re.fullmatch(r".+", d):
        abort(400)
    os.system(d)  # flow: command
    e = request.args["e"]
    if not loose(e):
        abort(400)
    os.system(e)  # flow: command
    m = re.fullmatch(r"\d+", request.args["f"])
    g = request.args["g"]
    ok = re.fullmatch(r"\d+", g)
    if not ok:
        abort(400)
    os.system(g)

@app.route("/f")
def chars():
    a = request.args["a"]
    if not a.isdigit():
        abort(400)
    os.system(a)
    b = request.args["b"]
    assert b.isalnum()
    os.system(b)
    c = request.args["c"]
    if isinstance(c, int):
        os.system(c)
    os.system(c)  # flow: command
`})
}

// TestWalrusChecks: a check written on an assignment expression narrows
// the name it assigns.
func TestWalrusChecks(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

SORTABLE = ("name", "email")

def view():
    if (column := request.args.get("sort", "name")) not in SORTABLE:
        return "no"
    os.system("sort -k " + column)

def other():
    if (column := request.args.get("sort")) in SORTABLE:
        os.system(column)
    os.system(column)  # flow: command

def third():
    if (n := request.args.get("n")) == "":
        return "no"
    os.system(n)  # flow: command
`})
}

// TestPathlibName: the last component of a pathlib path is a basename.
func TestPathlibName(t *testing.T) {
	check(t, files{"app.py": `
import os
from pathlib import Path, PurePath
from flask import request

BASE = "/srv/files"

def view():
    raw = request.cookies.get("doc", "readme.txt")
    open(Path(BASE) / PurePath(raw).name)
    open(os.path.join(BASE, Path(raw).stem + ".txt"))
    open(Path(BASE) / PurePath(raw).parent)  # flow: path
    os.system(PurePath(raw).name)  # flow: command
`})
}
