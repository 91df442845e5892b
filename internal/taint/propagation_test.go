package taint

import "testing"

// TestPropagation covers the ways a value carries taint to another:
// assignments, string building, library calls, loops, exceptions, with.
func TestPropagation(t *testing.T) {
	check(t, files{"app.py": `
import base64
import codecs
import os
import urllib.parse
from flask import request

def view():
    p = request.args["p"]
    a = p
    os.system(a)  # flow: command
    b = "ls "
    b += p
    os.system(b)  # flow: command
    x, y = "safe", p
    os.system(x)
    os.system(y)  # flow: command
    first, *others = [p, "a", "b"]
    os.system(first)  # flow: command
    os.system(others[0])
    os.system(f"echo {p}")  # flow: command
    os.system("echo %s" % p)  # flow: command
    os.system("echo %s %s" % ("a", p))  # flow: command
    os.system("echo {}".format(p))  # flow: command
    os.system("echo {x}".format(x=p))  # flow: command
    os.system("echo " + p + "!")  # flow: command
    os.system(" ".join(["echo", p]))  # flow: command
    os.system(p[1:5])  # flow: command
    os.system(p.strip().lower().replace("a", "b"))  # flow: command
    os.system(p.split(",")[0])  # flow: command
    os.system(urllib.parse.unquote(p))  # flow: command
    os.system(base64.b64decode(p).decode())  # flow: command
    os.system(codecs.decode(p, "rot13"))  # flow: command
    os.system(str(p))  # flow: command
    os.system(p if p else "x")  # flow: command
    os.system(p or "default")  # flow: command
    os.system(len(p))
    os.system(p.startswith("a"))
    os.system(unknown_lib.transform(p))  # flow: command

def loops():
    acc = ""
    for ch in request.args["p"]:
        acc = acc + ch
    os.system(acc)  # flow: command
    i = 0
    out = "safe"
    while i < 3:
        out = request.args["q"]
        i += 1
    os.system(out)  # flow: command
    for item in ["a", "b"]:
        os.system(item)

def exceptions():
    try:
        v = request.args["v"]
    except KeyError:
        v = "default"
    os.system(v)  # flow: command
    try:
        n = int(request.args["n"])
    except ValueError:
        return "bad"
    os.system(str(n))

def withs():
    with open("/tmp/x") as fh:
        data = request.form["d"]
    os.system(data)  # flow: command

def walrus():
    if (v := request.args.get("v")):
        os.system(v)  # flow: command

def comprehension():
    names = [n.upper() for n in request.args.getlist("n")]
    os.system(names[0])  # flow: command
    safe = [s for s in ["a", "b"]]
    os.system(safe[0])
    d = {k: v for k, v in request.args.items()}
    os.system(d["x"])  # flow: command
    gen = list(x for x in request.args.getlist("n"))
    os.system(gen[0])  # flow: command

def matching():
    cmd = request.args["cmd"]
    match cmd:
        case "ls":
            os.system(cmd)
        case other:
            os.system(other)  # flow: command
`})
}

// TestContainers covers index and key sensitivity and the list and dict
// methods that move items around.
func TestContainers(t *testing.T) {
	check(t, files{"app.py": `
import os
from flask import request

def lists():
    param = request.args["p"]
    values = []
    values.append("safe")
    values.append(param)
    values.append("moresafe")
    values.pop(0)
    os.system(values[1])
    os.system(values[0])  # flow: command
    os.system(values[-1])
    other = ["a", param, "b"]
    other.remove("a")
    os.system(other[1])
    os.system(other[0])  # flow: command
    ins = ["a", "b"]
    ins.insert(0, param)
    os.system(ins[1])
    os.system(ins[0])  # flow: command
    last = ["x", param]
    got = last.pop()
    os.system(got)  # flow: command
    os.system(last[0])
    t = (param, "safe")
    os.system(t[1])
    os.system(t[0])  # flow: command
    ext = ["a"]
    ext.extend([param])
    os.system(ext[0])
    os.system(ext[1])  # flow: command

def dicts():
    param = request.args["p"]
    m = {}
    m["keyA"] = "a-Value"
    m["keyB"] = param
    m["keyC"] = "another-Value"
    os.system(m["keyA"])
    os.system(m["keyB"])  # flow: command
    os.system(m.get("keyC"))
    os.system(m.get("keyB", "x"))  # flow: command
    m["keyB"] = "clean now"
    os.system(m["keyB"])
    d = dict(a=param, b="safe")
    os.system(d["b"])
    os.system(d["a"])  # flow: command
    e = {"x": "safe"}
    e.update({"y": param})
    os.system(e["x"])
    os.system(e["y"])  # flow: command
    popped = e.pop("y")
    os.system(popped)  # flow: command
    nested = {"outer": {"inner": param, "other": "safe"}}
    os.system(nested["outer"]["other"])
    os.system(nested["outer"]["inner"])  # flow: command
    s = {param, "a"}
    os.system(list(s)[0])  # flow: command

def fallbacks():
    body = request.get_json(silent=True) or {}
    os.system(body.get("cmd", ""))  # flow: command
    os.system(body["cmd"])  # flow: command
    for opt in body.get("options", []):
        os.system(opt)  # flow: command
    items = request.json or []
    os.system(" ".join(items))  # flow: command
    plain = request.args.get("mode") or {"cmd": "ls"}
    os.system(plain.get("other", "true"))  # flow: command
    fixed = None or {"cmd": "ls"}
    os.system(fixed.get("cmd"))
    os.system(fixed.get("other", "true"))

def sets_and_keys():
    d = {request.args["k"]: "v"}
    for key in d:
        os.system(key)  # flow: command
    for key in d.keys():
        os.system(key)  # flow: command
`})
}

// TestObjects covers attributes of objects, methods that set and get
// them, class attributes, dataclass-like classes and simple namespaces.
func TestObjects(t *testing.T) {
	check(t, files{
		"things.py": `
class Thing:
    prefix = "safe"

    def __init__(self, value):
        self.value = value
        self.other = "clean"

    def get(self):
        return self.value

    def get_other(self):
        return self.other

    def set(self, v):
        self.value = v

    def shout(self):
        return self.prefix.upper()

class Child(Thing):
    def __init__(self, value):
        super().__init__(value)
        self.extra = "x"

class Point:
    x: str
    y: str

class Factory:
    @staticmethod
    def create(v):
        return Thing(v)

    @classmethod
    def build(cls, v):
        return Thing("const")
`,
		"app.py": `
import os
from types import SimpleNamespace
from flask import request
from things import Thing, Child, Point, Factory

def view():
    p = request.args["p"]
    t = Thing(p)
    os.system(t.get())  # flow: command
    os.system(t.get_other())
    os.system(t.value)  # flow: command
    os.system(t.other)
    os.system(t.shout())
    u = Thing("safe")
    os.system(u.get())
    u.set(p)
    os.system(u.get())  # flow: command
    c = Child(p)
    os.system(c.get())  # flow: command
    os.system(c.extra)
    pt = Point("a", p)
    os.system(pt.x)
    os.system(pt.y)  # flow: command
    ns = SimpleNamespace()
    ns.a = p
    ns.b = "safe"
    os.system(ns.b)
    os.system(ns.a)  # flow: command
    os.system(Factory.create(p).get())  # flow: command
    os.system(Factory.build(p).get())
`})
}
