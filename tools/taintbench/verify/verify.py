#!/usr/bin/env python3
"""Check taintbench's ground truth by running every test case.

    python3 verify.py SUITE_DIR MANIFEST_JSON [--case NAME] [--verbose]

The suite's app.py is imported with every sink replaced by a recorder, and
with recording stubs in place of the libraries a case may import (lxml,
ldap3, python-ldap, SQLAlchemy, pandas, requests, httpx, PyYAML,
jsonpickle), so nothing is executed, read, written or fetched for real. Each
case then receives its class's attack payloads through its source (query,
form, header, cookie, JSON, body, upload, URL part...), and a class-specific
predicate decides from what reached the sinks, or from the response, whether
the attack worked. A case is exploitable when one payload works; the
verdict must equal the case's label in the manifest.

The predicates judge the attack's effect, not the presence of the marker:
"pwned" outside SQL or XPath string literals, a shell control operator
outside quotes, a Location header on another host, a path outside the base
folder, a newline in a log record, an unsafe XML parser fed the DOCTYPE, a
weak hash algorithm, a cookie without Secure...

Exit status: 0 when every label agrees, 1 otherwise, 2 on usage errors.
Needs Python 3.11 and Flask (with Werkzeug, Jinja2 and MarkupSafe).
"""

import sys

# The pure-Python ElementTree has Element methods the recorder can patch;
# the C accelerator does not. This must run before anything imports it.
sys.modules["_elementtree"] = None

import argparse  # noqa: E402
import ast  # noqa: E402
import base64  # noqa: E402
import builtins  # noqa: E402
import codecs  # noqa: E402
import hashlib  # noqa: E402
import importlib  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import marshal  # noqa: E402
import os  # noqa: E402
import pathlib  # noqa: E402
import pickle  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shlex  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import types  # noqa: E402
import urllib.parse  # noqa: E402
import urllib.request  # noqa: E402
import uuid  # noqa: E402
import xml.dom.pulldom  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
import xml.sax.expatreader  # noqa: E402

THIS_FILE = __file__


class Recorder:
    """Collects what reached a sink while a request of a case runs."""

    def __init__(self):
        self.active = False
        self.events = []
        self.testcode = None

    def from_case(self):
        """Whether the innermost caller outside this file is a test case."""
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename == THIS_FILE:
            frame = frame.f_back
        return frame is not None and self.testcode is not None and frame.f_code.co_filename.startswith(self.testcode)

    def record(self, kind, **data):
        if self.active:
            self.events.append((kind, data))

    def wants(self):
        return self.active and self.from_case()


REC = Recorder()


# ---------------------------------------------------------------- stubs


def _module(name, **attrs):
    mod = types.ModuleType(name)
    mod.__dict__.update(attrs)
    sys.modules[name] = mod
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, mod)
    return mod


class _Anything:
    """A stand-in result: iterable, callable, a context manager, falsy-free."""

    status_code = 200
    status = 200
    text = ""
    entries = []

    def __init__(self, *a, **k):
        pass

    def __call__(self, *a, **k):
        return _Anything()

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def fetchall(self):
        return []

    def read(self, *a):
        return b""

    def getroot(self):
        return self

    def bindparams(self, **k):
        return self

    def __str__(self):
        return ""


def _ldap_escape(value, *a, **k):
    return (value.replace("\\", r"\5c").replace("*", r"\2a").replace("(", r"\28")
            .replace(")", r"\29").replace("\x00", r"\00"))


def install_stubs():
    # lxml
    class XMLParser:
        def __init__(self, **kw):
            self.kw = kw

    class Element(_Anything):
        def xpath(self, expr, **variables):
            REC.record("xpath", expr=expr)
            return []

    def parse_xml(data, parser=None, **kw):
        if hasattr(data, "read"):
            data = data.read()
        if REC.wants():
            resolve = parser is not None and parser.kw.get("resolve_entities") is True
            REC.record("xml", data=_text(data), external=resolve)
        return Element()

    class XPath:
        def __init__(self, path, **kw):
            REC.record("xpath", expr=path)

        def __call__(self, node, **variables):
            return []

    _module("lxml")
    _module("lxml.etree", XMLParser=XMLParser, fromstring=parse_xml, XML=parse_xml, parse=parse_xml,
            XPath=XPath, tostring=lambda *a, **k: b"<doc/>")

    # ldap3 and python-ldap
    class Connection(_Anything):
        def search(self, search_base, search_filter, *a, **k):
            REC.record("ldap", filter=search_filter)
            return True

    _module("ldap3", Server=_Anything, Connection=Connection)
    _module("ldap3.utils")
    _module("ldap3.utils.conv", escape_filter_chars=_ldap_escape)

    class LDAPObject:
        def search_s(self, base, scope, filterstr="(objectClass=*)", *a, **k):
            REC.record("ldap", filter=filterstr)
            return []

        def search(self, base, scope, filterstr="(objectClass=*)", *a, **k):
            REC.record("ldap", filter=filterstr)
            return 1

    _module("ldap", initialize=lambda uri, *a, **k: LDAPObject(), SCOPE_BASE=0, SCOPE_ONELEVEL=1, SCOPE_SUBTREE=2)
    _module("ldap.filter", escape_filter_chars=_ldap_escape,
            filter_format=lambda template, args: template % tuple(_ldap_escape(a) for a in args))

    # Deserialisers
    _module("jsonpickle", decode=lambda s, *a, **k: REC.record("deserialize", data=_text(s), safe=False))

    class BaseLoader:
        pass

    class SafeLoader(BaseLoader):
        pass

    class FullLoader(BaseLoader):
        pass

    class UnsafeLoader(BaseLoader):
        pass

    class Loader(BaseLoader):
        pass

    def yaml_load(stream, Loader=None):
        REC.record("deserialize", data=_text(stream), safe=Loader in (SafeLoader, BaseLoader))

    _module("yaml", BaseLoader=BaseLoader, SafeLoader=SafeLoader, FullLoader=FullLoader, UnsafeLoader=UnsafeLoader,
            Loader=Loader, load=yaml_load, unsafe_load=lambda s: yaml_load(s, UnsafeLoader),
            safe_load=lambda s: yaml_load(s, SafeLoader))

    # SQL
    def sql_text(s):
        REC.record("sql", sql=s)
        return _Anything()

    class SAConnection(_Anything):
        def execute(self, statement, *a, **k):
            if isinstance(statement, str):
                REC.record("sql", sql=statement)
            return _Anything()

        def exec_driver_sql(self, statement, *a, **k):
            REC.record("sql", sql=statement)
            return _Anything()

    class Engine:
        def connect(self):
            return SAConnection()

    _module("sqlalchemy", text=sql_text, create_engine=lambda *a, **k: Engine())
    _module("sqlalchemy.orm", Session=lambda *a, **k: SAConnection())

    def read_sql(sql, con=None, params=None, **k):
        REC.record("sql", sql=sql)
        return []

    _module("pandas", read_sql=read_sql)

    # HTTP clients
    def http(method):
        def call(url, *a, **k):
            REC.record("http", url=str(url))
            return _Anything()
        return call

    _module("requests", get=http("GET"), post=http("POST"), put=http("PUT"), delete=http("DELETE"),
            head=http("HEAD"), request=lambda method, url, *a, **k: http(method)(url))
    _module("httpx", get=http("GET"), post=http("POST"), request=lambda method, url, *a, **k: http(method)(url))


def _text(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data).decode("latin-1")
    if hasattr(data, "read"):
        return _text(data.read())
    return str(data)


# ---------------------------------------------------------------- patches


def _wrap(owner, name, on_case):
    """Replace owner.name: calls from a test case go to on_case(original, ...)."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        if REC.wants():
            return on_case(original, *args, **kwargs)
        return original(*args, **kwargs)

    wrapper.__wrapped__ = original
    setattr(owner, name, wrapper)
    return wrapper


class _FakeProc:
    returncode = 0
    stdout = b""
    stderr = b""

    def __init__(self, text=False):
        if text:
            self.stdout = ""
            self.stderr = ""

    def communicate(self, *a, **k):
        return (self.stdout, self.stderr)

    def wait(self, *a, **k):
        return 0


def _fake_file(path, mode="r", *a, **k):
    REC.record("path", path=os.fspath(path))
    return io.BytesIO(b"") if "b" in str(mode) else io.StringIO("")


def install_patches():
    # Commands
    def shell_string(original, cmd, *a, **k):
        REC.record("cmd", args=cmd, shell=True)
        return 0

    _wrap(os, "system", shell_string)
    _wrap(os, "popen", lambda original, cmd, *a, **k: (REC.record("cmd", args=cmd, shell=True), io.StringIO(""))[1])
    _wrap(os, "execl", lambda original, path, *args: REC.record("cmd", args=[path, *args[1:]], shell=False))
    _wrap(subprocess, "getoutput", lambda original, cmd, *a, **k: (REC.record("cmd", args=cmd, shell=True), "")[1])

    def proc(result):
        def on_case(original, args, *a, **k):
            REC.record("cmd", args=args, shell=bool(k.get("shell", False)))
            return result(bool(k.get("text") or k.get("universal_newlines")))
        return on_case

    _wrap(subprocess, "run", proc(lambda text: _FakeProc(text)))
    _wrap(subprocess, "Popen", proc(lambda text: _FakeProc(text)))
    _wrap(subprocess, "call", proc(lambda text: 0))
    _wrap(subprocess, "check_call", proc(lambda text: 0))
    _wrap(subprocess, "check_output", proc(lambda text: "" if text else b""))

    # Code
    def code_source(original, source, *a, **k):
        if isinstance(source, (str, bytes)):
            REC.record("code", source=_text(source))
        return ""

    _wrap(builtins, "eval", code_source)
    _wrap(builtins, "exec", lambda original, source, *a, **k: (code_source(original, source), None)[1])
    _wrap(builtins, "compile", lambda original, source, filename, mode, *a, **k: (
        code_source(original, source), original("None", filename, "eval"))[1])

    def import_name(original, name, *a, **k):
        REC.record("import", name=str(name))
        return types.ModuleType(str(name))

    _wrap(builtins, "__import__", import_name)
    _wrap(importlib, "import_module", import_name)

    # Deserialisation
    _wrap(pickle, "loads", lambda original, data, *a, **k: REC.record("deserialize", data=_text(data), safe=False))
    _wrap(marshal, "loads", lambda original, data, *a, **k: REC.record("deserialize", data=_text(data), safe=False))

    class Unpickler:
        def __init__(self, file, *a, **k):
            self.data = _text(file)
            self.case = REC.wants()

        def load(self):
            if self.case:
                REC.record("deserialize", data=self.data, safe=False)

    pickle.Unpickler = Unpickler

    # Hashes
    for alg in ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256", "sha384"):
        def hashed(original, *a, _alg=alg, **k):
            REC.record("hash", alg=_alg, security=k.get("usedforsecurity", True))
            return original(*a, **k)
        _wrap(hashlib, alg, hashed)

    def hash_new(original, name, *a, **k):
        REC.record("hash", alg=str(name).lower(), security=k.get("usedforsecurity", True))
        return original(name, *a, **k)

    _wrap(hashlib, "new", hash_new)

    # Randomness: module functions and random.Random instances made by a case.
    for name in ("random", "randint", "choice", "getrandbits", "randbytes", "normalvariate", "uniform",
                 "randrange", "sample", "choices", "shuffle", "gauss"):
        def drawn(original, *a, _name=name, **k):
            REC.record("rand", weak=True, fn=_name)
            return original(*a, **k)
        _wrap(random, name, drawn)

    base_random = random.Random

    class RecordingRandom(base_random):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.case = REC.wants()

        def random(self):
            if getattr(self, "case", False):
                REC.record("rand", weak=True, fn="Random.random")
            return super().random()

        def getrandbits(self, k):
            if getattr(self, "case", False):
                REC.record("rand", weak=True, fn="Random.getrandbits")
            return super().getrandbits(k)

    random.Random = RecordingRandom

    # Files
    _wrap(builtins, "open", lambda original, path, *a, **k: _fake_file(path, *a, **k))
    io.open = builtins.open
    _wrap(codecs, "open", lambda original, path, *a, **k: _fake_file(path, *a, **k))
    _wrap(pathlib.Path, "read_text", lambda original, self, *a, **k: (REC.record("path", path=str(self)), "")[1])
    _wrap(pathlib.Path, "read_bytes", lambda original, self, *a, **k: (REC.record("path", path=str(self)), b"")[1])
    _wrap(pathlib.Path, "write_text", lambda original, self, *a, **k: (REC.record("path", path=str(self)), 0)[1])
    _wrap(pathlib.Path, "open", lambda original, self, mode="r", *a, **k: _fake_file(str(self), mode))
    _wrap(os, "remove", lambda original, path, *a, **k: REC.record("path", path=os.fspath(path)))
    _wrap(shutil, "copy", lambda original, src, dst, *a, **k: (
        REC.record("path", path=os.fspath(src)), REC.record("path", path=os.fspath(dst)), dst)[2])

    import flask
    import werkzeug.datastructures
    import werkzeug.datastructures.headers

    _wrap(flask, "send_file", lambda original, path, *a, **k: (
        REC.record("path", path=os.fspath(path)), flask.Response("file"))[1])
    _wrap(werkzeug.datastructures.FileStorage, "save", lambda original, self, dst, *a, **k: REC.record(
        "path", path=os.fspath(dst)))

    # HTTP from the standard library
    def urlopen(original, url, *a, **k):
        REC.record("http", url=url.full_url if isinstance(url, urllib.request.Request) else str(url))
        return _Anything()

    _wrap(urllib.request, "urlopen", urlopen)

    # XML parsers of the standard library; ElementTree paths.
    def sax_parse(original, self, source):
        REC.record("xml", data=_text(source), external=bool(self._external_ges))

    _wrap(xml.sax.expatreader.ExpatParser, "parse", sax_parse)

    def pulldom_parse(original, string, parser=None, *a, **k):
        REC.record("xml", data=_text(string), external=bool(parser is not None and parser._external_ges))
        return []

    _wrap(xml.dom.pulldom, "parseString", pulldom_parse)
    for name in ("find", "findall", "iterfind"):
        def et_path(original, self, path, *a, **k):
            REC.record("xpath", expr=path)
            return original(self, path, *a, **k)
        _wrap(ET.Element, name, et_path)

    # Templates: record the template source, then render for real (the
    # cross-site scripting cases need the rendered page).
    import jinja2

    def template_source(original, *a, **k):
        source = a[0] if a else k.get("source")
        REC.record("template", source=str(source))
        return original(*a, **k)

    _wrap(flask, "render_template_string", template_source)
    _wrap(jinja2.Environment, "from_string", lambda original, self, source, *a, **k: (
        REC.record("template", source=str(source)), original(self, source, *a, **k))[1])
    original_new = jinja2.Template.__new__

    def template_new(cls, source, *a, **k):
        if REC.wants():
            REC.record("template", source=str(source))
        return original_new(cls, source, *a, **k)

    jinja2.Template.__new__ = template_new

    # Werkzeug refuses CR/LF in header values; turn that off so that header
    # injection cases can be observed (see the suite's README).
    werkzeug.datastructures.headers._newline_re = re.compile(r"(?!x)x")


class LogCapture(logging.Handler):
    """Keeps the messages logged by test case code."""

    def emit(self, record):
        if REC.active and REC.testcode and record.pathname.startswith(REC.testcode):
            REC.record("log", message=record.getMessage())


# ---------------------------------------------------------------- payloads and predicates


PAYLOADS = {
    "sqli": ["x'||pwned||'", "(pwned)"],
    "xpathi": ["x'or(pwned)or'", "pwned"],
    "ldapi": ["*)(pwned=*"],
    "cmdi": ["x;pwned", "x'|pwned|'", "x|pwned", "pwned"],
    "codeinj": ["pwned(1)", "pwned(1)#", "pwned"],
    "deserialization": ["pwned-data", base64.b64encode(b"pwned-data").decode("ascii")],
    "pathtraver": ["../../../../../../../../etc/passwd", "/etc/passwd"],
    "redirect": ["https://evil.example/pwned", "//evil.example/pwned", "/evil.example/pwned"],
    "trustbound": ["pwned-user"],
    "xss": ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"],
    "xxe": ['<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;pwned</r>'],
    "ssti": ["{{pwned}}"],
    "ssrf": ["http://169.254.169.254/pwned", "169.254.169.254"],
    "headerinj": ["x\r\nSet-Cookie: pwned=1"],
    "loginj": ["x\nCRITICAL:root:pwned"],
}
CONFIG_PAYLOAD = ["benign-value"]

_TCHAR = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_CONTROL = {";", "|", "||", "&&", "&", ";;"}
_WEAK_HASHES = {"md5", "sha1", "md4", "md5-sha1", "sha"}


def _shell_exploited(script):
    script = str(script)
    try:
        lex = shlex.shlex(script, posix=True, punctuation_chars=True)
        lex.whitespace_split = True
        tokens = list(lex)
    except ValueError:
        return "pwned" in script.lower()
    if "pwned" in script.lower() and any(t in _CONTROL for t in tokens):
        return True
    return bool(tokens) and "pwned" in tokens[0].lower()


def _cmd_exploited(data):
    args, shell = data["args"], data["shell"]
    if isinstance(args, (str, bytes)):
        return _shell_exploited(_text(args)) if shell else "pwned" in _text(args).lower()
    argv = [str(a) for a in args]
    if shell:
        return _shell_exploited(argv[0])
    if argv and os.path.basename(argv[0]) in ("sh", "bash", "dash") and "-c" in argv[1:]:
        i = argv.index("-c")
        return i + 1 < len(argv) and _shell_exploited(argv[i + 1])
    return bool(argv) and "pwned" in argv[0].lower()


def _code_exploited(source):
    try:
        tree = ast.parse(source, mode="exec")
    except SyntaxError:
        return False
    return any((isinstance(n, ast.Name) and n.id == "pwned") or (isinstance(n, ast.Attribute) and n.attr == "pwned")
               for n in ast.walk(tree))


def _outside_literals(text, pattern):
    return "pwned" in re.sub(pattern, "", text).lower()


def _escapes(path, bases):
    full = os.path.normpath(os.path.join(os.getcwd(), path))
    return not any(full == b or full.startswith(b + os.sep) for b in bases)


def _events(events, kind):
    return [d for k, d in events if k == kind]


def exploited(cls, events, resp, session, bases):
    """Whether the attack of class cls worked, judged from the sink events and the response."""
    if cls == "sqli":
        return any(_outside_literals(d["sql"], r"'(?:[^']|'')*'") for d in _events(events, "sql"))
    if cls == "xpathi":
        return any(_outside_literals(str(d["expr"]), r"'[^']*'|\"[^\"]*\"") for d in _events(events, "xpath"))
    if cls == "ldapi":
        return any(")(pwned" in str(d["filter"]).lower() for d in _events(events, "ldap"))
    if cls == "cmdi":
        return any(_cmd_exploited(d) for d in _events(events, "cmd"))
    if cls == "codeinj":
        return (any(_code_exploited(d["source"]) for d in _events(events, "code"))
                or any("pwned" in d["name"].lower() for d in _events(events, "import")))
    if cls == "deserialization":
        return any(not d["safe"] and "pwned" in d["data"].lower() for d in _events(events, "deserialize"))
    if cls == "pathtraver":
        return any(_escapes(d["path"], bases) for d in _events(events, "path"))
    if cls == "trustbound":
        return session is not None and "pwned" in session.lower()
    if cls == "xxe":
        return any(d["external"] and "<!entity" in d["data"].lower() for d in _events(events, "xml"))
    if cls == "ssti":
        return any("{{pwned}}" in d["source"].lower() for d in _events(events, "template"))
    if cls == "ssrf":
        return any(urllib.parse.urlsplit(d["url"]).hostname == "169.254.169.254" for d in _events(events, "http"))
    if cls == "loginj":
        return any(("\n" in d["message"] or "\r" in d["message"]) and "pwned" in d["message"].lower()
                   for d in _events(events, "log"))
    if cls == "hash":
        return any(d["alg"] in _WEAK_HASHES and d["security"] is not False for d in _events(events, "hash"))
    if cls == "weakrand":
        return any(d["weak"] for d in _events(events, "rand"))
    if resp is None:
        return False
    if cls == "xss":
        body = resp.get_data(as_text=True).lower()
        return resp.mimetype == "text/html" and any(p.lower() in body for p in PAYLOADS["xss"])
    if cls == "redirect":
        loc = resp.headers.get("Location")
        if not loc:
            return False
        return "evil.example" in urllib.parse.urlsplit(loc.strip().replace("\\", "/")).netloc.lower()
    if cls == "securecookie":
        for cookie in resp.headers.getlist("Set-Cookie"):
            if cookie.startswith("SomeCookie="):
                attrs = [a.strip().lower() for a in cookie.split(";")[1:]]
                if "secure" not in attrs:
                    return True
        return False
    if cls == "headerinj":
        return any(("\n" in v or "\r" in v) and "pwned" in v.lower() for _, v in resp.headers.items())
    raise ValueError(f"unknown class {cls}")


# ---------------------------------------------------------------- driving requests


def payloads_for(case):
    cls, inject = case["class"], case["inject"]
    if cls not in PAYLOADS:
        return CONFIG_PAYLOAD
    if inject == "header-name":
        return [p for p in PAYLOADS[cls] if _TCHAR.match(p)]
    return PAYLOADS[cls]


def send(app, case, payload):
    """Post payload to the case through its source; return the response, or the exception the view raised."""
    name, url, inject = case["name"], case["route"], case["inject"]
    client = app.test_client()
    kw = {}
    if inject == "query":
        kw["query_string"] = {name: payload}
    elif inject == "form":
        kw["data"] = {name: payload}
    elif inject == "header":
        kw["headers"] = {name: payload}
    elif inject == "header-quoted":
        kw["headers"] = {name: urllib.parse.quote(payload)}
    elif inject == "header-name":
        kw["headers"] = {payload: "1"}
    elif inject == "cookie":
        client.set_cookie(name, payload)
    elif inject == "json":
        kw["json"] = {name: payload}
    elif inject == "body":
        kw["data"] = payload.encode("utf-8")
        kw["content_type"] = "text/plain"
    elif inject == "upload":
        kw["data"] = {"upload": (io.BytesIO(b"benchmark"), payload)}
        kw["content_type"] = "multipart/form-data"
    elif inject == "path":
        url += "/" + urllib.parse.quote(payload, safe="")
    elif inject == "path-int":
        url += "/42"
    elif inject == "path-uuid":
        url += "/" + str(uuid.UUID(int=42))
    elif inject == "referer":
        kw["headers"] = {"Referer": payload}
    elif inject == "user-agent":
        kw["headers"] = {"User-Agent": payload}
    else:
        raise ValueError(f"{name}: unknown inject kind {inject}")
    try:
        return client.post(url, **kw), None
    except Exception as exc:  # the view raised: whatever reached a sink before is recorded
        return None, exc


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("suite")
    ap.add_argument("manifest")
    ap.add_argument("--case", action="append", help="only these cases")
    ap.add_argument("--verbose", action="store_true", help="print every case's verdict and events")
    args = ap.parse_args(argv)

    suite = os.path.abspath(args.suite)
    with open(args.manifest, encoding="utf-8") as f:
        cases = json.load(f)
    if args.case:
        cases = [c for c in cases if c["name"] in args.case]

    REC.testcode = os.path.join(suite, "testcode") + os.sep
    install_stubs()
    install_patches()
    logging.getLogger().addHandler(LogCapture())
    logging.getLogger().setLevel(logging.DEBUG)

    sys.path.insert(0, suite)
    import flask
    import app as bench

    application = bench.app
    application.testing = True
    application.logger.setLevel(logging.DEBUG)
    snapshot = {}

    @application.after_request
    def keep_session(response):
        snapshot["session"] = repr(dict(flask.session))
        return response

    import helpers.db_sqlite
    import helpers.utils

    class Cursor:
        rowcount = 0

        def execute(self, sql, *a, **k):
            REC.record("sql", sql=sql)
            return self

        executemany = execute
        executescript = execute

        def fetchall(self):
            return []

    class Connection:
        def cursor(self):
            return Cursor()

        def execute(self, sql, *a, **k):
            return Cursor().execute(sql)

    helpers.db_sqlite.get_connection = lambda: Connection()
    base = helpers.utils.TESTFILES_DIR
    bases = {os.path.normpath(base), os.path.realpath(base)}

    mismatches = 0
    unreached = []
    for case in cases:
        verdict = False
        reached = False
        why = set()
        for payload in payloads_for(case):
            REC.events = []
            snapshot.clear()
            REC.active = True
            try:
                resp, exc = send(application, case, payload)
            finally:
                REC.active = False
            if REC.events or (resp is not None and resp.status_code < 400):
                reached = True
            elif exc is not None:
                why.add(f"{type(exc).__name__}: {exc}"[:100])
            else:
                why.add(f"status {resp.status_code}")
            if exploited(case["class"], REC.events, resp, snapshot.get("session"), bases):
                verdict = True
            if args.verbose:
                status = resp.status_code if resp is not None else f"raised {exc!r}"
                print(f"  {case['name']} payload={payload!r} status={status} events={REC.events}")
        ok = verdict == case["vulnerable"]
        if not reached:
            unreached.append((case, sorted(why)))
        if not ok:
            mismatches += 1
        if not ok or args.verbose:
            print(f"{'OK ' if ok else 'BAD'} {case['name']} {case['class']} label={case['vulnerable']} "
                  f"observed={verdict} [{case['source']} / {case['propagation']} / {case['sanitizer']} / {case['sink']}]")
    for case, why in unreached:
        print(f"note: {case['name']} ({case['class']}, {'vulnerable' if case['vulnerable'] else 'safe'}) "
              f"reached no sink [{case['source']} / {case['propagation']} / {case['sanitizer']} / {case['sink']}]: "
              f"{'; '.join(why)}")
    print(f"{len(cases) - mismatches} agree, {mismatches} disagree; "
          f"{len(unreached)} cases never reached a sink nor answered below 400")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
