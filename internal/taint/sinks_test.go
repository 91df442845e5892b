package taint

import "testing"

// TestSinkClasses: one flow into each sink family, with the conditions
// that make a call a sink (shell=True, unsafe loaders and parsers,
// HTML mimetypes, raw SQL strings) and their safe variants.
func TestSinkClasses(t *testing.T) {
	check(t, files{"app.py": `
import importlib
import os
import pickle
import sqlite3
import subprocess
import urllib.request
import xml.sax
from xml.dom import pulldom
import httpx
import jinja2
import ldap
import ldap3
import pandas as pd
import requests
import yaml
from lxml import etree
from xml.etree import ElementTree as ET
from pathlib import Path
from flask import (Flask, request, session, redirect, render_template_string, make_response,
                   Response, send_file, send_from_directory)
from markupsafe import Markup
from sqlalchemy import text

app = Flask(__name__)

@app.route("/x")
def sinks():
    p = request.args["p"]
    db = sqlite3.connect("app.db")
    cur = db.cursor()
    cur.execute("SELECT * FROM t WHERE a = '" + p + "'")  # flow: sql
    cur.execute("SELECT * FROM t WHERE a = ?", (p,))
    cur.executemany("INSERT INTO t VALUES (%s)" % p, [])  # flow: sql
    db.executescript(p)  # flow: sql
    text("SELECT " + p)  # flow: sql
    pd.read_sql("SELECT " + p, db)  # flow: sql
    User.query.filter("name = '%s'" % p)  # flow: sql
    User.query.filter(User.name == p)
    subprocess.run(p, shell=True)  # flow: command
    subprocess.run(["ls", p])
    subprocess.run([p, "-l"])  # flow: command
    subprocess.run(["sh", "-c", "ls " + p])  # flow: command
    subprocess.check_output("ls " + p)  # flow: command
    os.execvp(p, ["x"])  # flow: command
    os.execlp("bash", "bash", "-c", p)  # flow: command
    os.spawnl(os.P_WAIT, "/bin/ls", "ls", p)
    eval(p)  # flow: code
    exec("x = " + p)  # flow: code
    importlib.import_module(p)  # flow: code
    render_template_string(p)  # flow: template
    render_template_string("Hello {{ name }}", name=p)
    jinja2.Template(p)  # flow: template
    jinja2.Environment().from_string(p)  # flow: template
    app.jinja_env.from_string(p)  # flow: template
    make_response(p)  # flow: html
    Response(p)  # flow: html
    Response(p, mimetype="application/json")
    Response(p, content_type="text/html; charset=utf-8")  # flow: html
    Markup(p)  # flow: html
    open(p)  # flow: path
    send_file(p)  # flow: path
    send_from_directory("/srv", p)
    send_from_directory(p, "x.txt")  # flow: path
    Path(p).read_text()  # flow: path
    Path("/srv", p).write_text("x")  # flow: path
    os.remove(p)  # flow: path
    request.files["f"].save(p)  # flow: path
    redirect(p)  # flow: redirect
    redirect("https://example.com/" + p)
    redirect("/profile/" + p)
    redirect("/" + p)  # flow: redirect
    pickle.loads(p)  # flow: deserialize
    yaml.load(p, Loader=yaml.Loader)  # flow: deserialize
    yaml.load(p)  # flow: deserialize
    yaml.load(p, Loader=yaml.SafeLoader)
    yaml.safe_load(p)
    unsafe = etree.XMLParser(resolve_entities=True)
    etree.fromstring(p, unsafe)  # flow: xml
    etree.fromstring(p, etree.XMLParser(resolve_entities=False))
    etree.fromstring(p)
    sax = xml.sax.make_parser()
    sax.setFeature(xml.sax.handler.feature_external_ges, True)
    sax.parse(p)  # flow: xml
    pulldom.parseString(p, parser=sax)  # flow: xml
    pulldom.parseString(p)
    tree = etree.fromstring("<a/>")
    tree.xpath("//user[@name='" + p + "']")  # flow: xpath
    tree.xpath("//user[@name=$n]", n=p)
    root = ET.parse("users.xml").getroot()
    root.find(".//user[@name='" + p + "']")  # flow: xpath
    "abc".find(p)
    conn = ldap3.Connection(ldap3.Server("ldap://x"))
    conn.search("dc=example,dc=org", "(uid=" + p + ")")  # flow: ldap
    l = ldap.initialize("ldap://x")
    l.search_s("dc=x", ldap.SCOPE_SUBTREE, "(uid=%s)" % p)  # flow: ldap
    requests.get(p)  # flow: ssrf
    requests.get("https://api.example.com/items/" + p)
    requests.get("https://api.example.com/items", params={"q": p})
    httpx.post(url=p)  # flow: ssrf
    urllib.request.urlopen(p)  # flow: ssrf
    s = requests.Session()
    s.get(p)  # flow: ssrf
    session["name"] = p  # flow: session
    session.update(name=p)  # flow: session
    resp = make_response("ok")
    resp.headers["X-Name"] = p  # flow: header
    resp.headers["Location"] = p  # flow: redirect
    resp.headers.add("X-Other", p)  # flow: header
    resp.headers["X-Safe"] = p.replace("\r", "").replace("\n", "")
    resp.headers["X-Half"] = p.replace("\n", "")  # flow: header
    app.logger.info("user %s", p)  # flow: log
    app.logger.info("user %s", p.encode("unicode_escape"))
    # Last: once int(p) returned, p itself is known to be a number.
    session["count"] = int(p)
    return "ok", 200, {"X-Echo": p}  # flow: header
`})
}

// TestLogFormatting: what a log call writes of its arguments.
func TestLogFormatting(t *testing.T) {
	check(t, files{"app.py": `
import logging
import re
from loguru import logger as lg
from flask import request

log = logging.getLogger(__name__)

def view():
    q = request.args["q"]
    log.info("q %s", q)  # flow: log
    log.info("q %r", q)
    log.info("n %d", q)
    log.info("q %(q)s", {"q": q})  # flow: log
    log.info("q %(q)r", {"q": q})
    log.info(f"q {q}")  # flow: log
    log.info(f"q {q!r}")
    log.info(f"{q=}")
    log.info("q {}".format(q))  # flow: log
    log.info("q {!r}".format(q))
    log.info("q {x!r}".format(x=q))
    log.info("args %s", request.args)
    log.info("tags %s", request.args.getlist("t"))
    log.info(",".join(request.args.getlist("t")))  # flow: log
    log.info("done", extra={"q": q})
    log.info("url %s", request.url)
    log.log(logging.INFO, "q %s", q)  # flow: log
    log.info("q %s", q.replace("\r", "").replace("\n", ""))
    log.info("q %s", q.replace("\n", " "))  # flow: log
    log.info("q %s", re.sub(r"[\r\n]", "", q))
    log.info("q %s", " ".join(q.splitlines()))
    lg.info("q {}", q)  # flow: log
    lg.info("q {!r}", q)
    print("q", q)  # flow: log
    log.info(
        "multi %s",
        q,  # flow: log
    )
`})
}

// TestArgvHead: a command list keeps the program the code wrote at its
// head when request data of unknown length follows it, and forgets it
// once an operation may have moved it.
func TestArgvHead(t *testing.T) {
	check(t, files{"app.py": `
import subprocess
from flask import request

def view():
    names = request.form.getlist("f")
    subprocess.run(["wc", "-c", "--"] + names)
    subprocess.run(["wc", *names])
    subprocess.run(["wc", *names, "--"])
    subprocess.run([*names, "wc"])  # flow: command
    subprocess.run(names + ["wc"])  # flow: command
    a = ["wc"] + names
    a.reverse()
    subprocess.run(a)  # flow: command
    b = ["wc"] + names
    b.insert(0, names[0])
    subprocess.run(b)  # flow: command
    c = ["wc"] + names
    c.pop(0)
    subprocess.run(c)  # flow: command
    d = ["wc"] + names
    del d[0]
    subprocess.run(d)  # flow: command
    e = ["wc"] + names
    e.remove("wc")
    subprocess.run(e)  # flow: command
    g = ["wc"] + names
    g.append("x")
    subprocess.run(g)
    subprocess.run(["sh", "-c"] + names)  # flow: command
    subprocess.run(" ".join(["wc"] + names), shell=True)  # flow: command
`})
}
