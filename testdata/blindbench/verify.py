"""Execute an attack against every test case with Flask's test client and compare the
outcome with expectedresults.csv.  Run with Debian's interpreter: /usr/bin/python3 verify.py"""
import base64
import csv
import hashlib
import inspect
import io
import json
import logging
import os
import pickle
import random
import shutil
import sqlite3
import sys
from urllib.parse import quote, urlparse

ROOT = os.path.dirname(os.path.abspath(__file__))
DATA = "/tmp/heldout2/data"
PWNED = "/tmp/heldout2/pwned"
SECRET = "TOPSECRET-4411"
XSS = "<script>alert(1)</script>"
sys.path.insert(0, ROOT)


def setup_fixtures():
    shutil.rmtree(DATA, ignore_errors=True)
    shutil.rmtree(PWNED, ignore_errors=True)
    os.makedirs(os.path.join(DATA, "public"))
    os.makedirs(os.path.join(DATA, "uploads"))
    os.makedirs(PWNED)
    with open(os.path.join(DATA, "secret.txt"), "w") as fh:
        fh.write(SECRET + "\n")
    with open(os.path.join(DATA, "public", "readme.txt"), "w") as fh:
        fh.write("public readme\n")
    with open(os.path.join(DATA, "public", "q2.txt"), "w") as fh:
        fh.write("q2 report\n")
    with open(os.path.join(DATA, "app.log"), "w") as fh:
        fh.write("info start\nerror disk\nerror net\n")
    users = [(1, "alice", "alice@example.org", "staff", "pw-alice"),
             (2, "bob", "bob@example.org", "staff", "pw-bob"),
             (3, "carol", "carol@example.org", "admin", "pw-carol"),
             (4, "zed", "zed-hidden@example.org", "service", "pw-zed")]
    conn = sqlite3.connect(os.path.join(DATA, "app.db"))
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, role TEXT)")
    conn.executemany("INSERT INTO users VALUES (?, ?, ?, ?)", [u[:4] for u in users])
    conn.execute("CREATE TABLE accounts (username TEXT, pw_hash TEXT)")
    conn.commit()
    conn.close()
    xml = ["<users>"]
    for _, n, e, r, p in users:
        xml.append(f"<user><name>{n}</name><email>{e}</email><role>{r}</role><password>{p}</password></user>")
    xml.append("</users>")
    with open(os.path.join(DATA, "users.xml"), "w") as fh:
        fh.write("".join(xml))


# ---------------------------------------------------------------- instrumentation
WEAK_HASH_CALLS = []
WEAK_RAND_CALLS = []


def _from_testcode(depth=2):
    return "/testcode/" in sys._getframe(depth).f_code.co_filename


def _wrap_hash(name, orig):
    def wrapper(*a, **kw):
        if _from_testcode() and kw.get("usedforsecurity", True):
            WEAK_HASH_CALLS.append(name)
        return orig(*a, **kw)
    return wrapper


_orig_new = hashlib.new


def _new(name, *a, **kw):
    if _from_testcode() and str(name).lower() in ("md5", "sha1") and kw.get("usedforsecurity", True):
        WEAK_HASH_CALLS.append(name)
    return _orig_new(name, *a, **kw)


hashlib.md5 = _wrap_hash("md5", hashlib.md5)
hashlib.sha1 = _wrap_hash("sha1", hashlib.sha1)
hashlib.new = _new


def _wrap_rand(name, orig):
    def wrapper(*a, **kw):
        if _from_testcode():
            WEAK_RAND_CALLS.append(name)
        return orig(*a, **kw)
    return wrapper


for _fn in ("random", "choice", "choices", "randint", "randrange", "getrandbits", "shuffle", "sample", "uniform"):
    setattr(random, _fn, _wrap_rand(_fn, getattr(random, _fn)))

# LDAP: replace connections by an ldap3 mock directory holding alice, bob, carol.
import ldap3  # noqa: E402

_RealConnection = ldap3.Connection


def mock_connection(*args, **kwargs):
    conn = _RealConnection(ldap3.Server("mock"), user="cn=admin,dc=example,dc=org", password="x",
                           client_strategy=ldap3.MOCK_SYNC)
    conn.strategy.add_entry("cn=admin,dc=example,dc=org", {"userPassword": "x", "sn": "admin"})
    for uid, num, dept in (("alice", 1, "eng"), ("bob", 2, "eng"), ("carol", 3, "hr")):
        conn.strategy.add_entry(f"uid={uid},ou=people,dc=example,dc=org", {
            "uid": uid, "cn": uid.title(), "sn": uid, "mail": f"{uid}@example.org",
            "objectClass": ["person", "inetOrgPerson"], "employeeNumber": str(num),
            "departmentNumber": dept})
    conn.bind()
    return conn


ldap3.Connection = mock_connection


# ---------------------------------------------------------------- payloads
class _Exploit:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, ("touch " + self.marker,))


def build_payload(spec, marker, benign):
    kind = spec.get("kind")
    if kind == "pickle_b64":
        obj = [1, 2] if benign else _Exploit(marker)
        return base64.b64encode(pickle.dumps(obj)).decode()
    if kind == "pickle_raw":
        return pickle.dumps([1, 2] if benign else _Exploit(marker))
    if kind == "yaml":
        return "a: 1\n" if benign else '!!python/object/apply:os.system ["touch %s"]' % marker
    if benign:
        return spec.get("benign", "x")
    return spec.get("payload", "x").replace("{M}", marker).replace("{N}", str(spec["num"]))


def subst(value, payload):
    if isinstance(value, str):
        if value == "{P}":
            return payload
        return value.replace("{P}", payload if isinstance(payload, str) else payload.decode("latin-1"))
    if isinstance(value, list):
        return [subst(v, payload) for v in value]
    if isinstance(value, dict):
        return {k: subst(v, payload) for k, v in value.items()}
    return value


def set_client_cookie(client, key, value):
    # Werkzeug < 2.3 takes the server name first
    if "server_name" in inspect.signature(client.set_cookie).parameters:
        client.set_cookie("localhost", key, value)
    else:
        client.set_cookie(key, value)


def send(app, spec, payload):
    client = app.test_client()
    path = spec.get("path", "/")
    if "{P}" in path:
        path = path.replace("{P}", payload if spec.get("raw_path") else quote(str(payload), safe=""))
    kwargs = {"method": spec.get("method", "GET")}
    if "query" in spec:
        kwargs["query_string"] = subst(spec["query"], payload)
    if "headers" in spec:
        kwargs["headers"] = subst(spec["headers"], payload)
    if "json" in spec:
        kwargs["json"] = subst(spec["json"], payload)
    if "data" in spec:
        kwargs["data"] = subst(spec["data"], payload) if isinstance(payload, str) else payload
    if "form" in spec or "files" in spec:
        data = dict(subst(spec.get("form", {}), payload))
        for field, (fname, content) in spec.get("files", {}).items():
            fname = subst(fname, payload)
            content = payload if (content == "{P}" and isinstance(payload, bytes)) else subst(content, payload)
            if isinstance(content, str):
                content = content.encode()
            data[field] = (io.BytesIO(content), fname)
        kwargs["data"] = data
    for k, v in subst(spec.get("cookies", {}), payload).items():
        set_client_cookie(client, k, v)
    resp = client.open(spec["prefix"] + path, **kwargs)
    return client, resp


def attack_succeeded(app, name, spec):
    """Returns (checked, succeeded, detail)."""
    cat = spec["category"]
    kind = spec.get("kind")
    marker = os.path.join(PWNED, name)
    # benign request first: the route must work
    client, resp = send(app, spec, build_payload(spec, marker, True))
    want = spec.get("benign_status")
    if (want is not None and resp.status_code != want) or (want is None and resp.status_code >= 400):
        return True, None, "benign request failed with %d" % resp.status_code
    del WEAK_HASH_CALLS[:]
    del WEAK_RAND_CALLS[:]
    payload = build_payload(spec, marker, False)
    client, resp = send(app, spec, payload)
    body = resp.get_data(as_text=True)
    if cat in ("cmdi", "codeinj", "deserialization"):
        return True, os.path.exists(marker), "status %d" % resp.status_code
    if cat == "sqli":
        return True, "zed-hidden" in body, "status %d" % resp.status_code
    if cat == "xpathi":
        return True, "zed" in body, "status %d" % resp.status_code
    if cat == "ldapi":
        return True, "carol" in body.lower(), "status %d" % resp.status_code
    if cat == "pathtraver":
        oracle = spec.get("oracle", "")
        if oracle.startswith("file:"):
            return True, os.path.exists(oracle[5:].replace("{N}", str(spec["num"]))), "status %d" % resp.status_code
        return True, SECRET in body, "status %d" % resp.status_code
    if cat == "xxe":
        return True, SECRET in body, "status %d" % resp.status_code
    if cat == "redirect":
        loc = resp.headers.get("Location", "")
        hit = loc.startswith(("https://evil.example", "//evil.example")) or urlparse(loc).netloc == "evil.example"
        return True, hit, "Location %r" % loc
    if cat == "xss":
        return True, resp.mimetype == "text/html" and XSS in body, "%s %s" % (resp.status_code, resp.mimetype)
    if cat == "securecookie":
        cookie = spec["cookie"]
        lines = [c for c in resp.headers.getlist("Set-Cookie") if c.startswith(cookie + "=")]
        if not lines:
            return True, None, "cookie not set"
        secure = all(any(p.strip().lower() == "secure" for p in c.split(";")) for c in lines)
        return True, not secure, lines[0].split(";", 1)[-1].strip()
    if cat == "trustbound":
        with client.session_transaction() as sess:
            stored = json.dumps(dict(sess), default=str)
        return True, payload in stored, "session %s" % stored[:80]
    if cat == "hash":
        return True, bool(WEAK_HASH_CALLS), "weak hash calls %s" % WEAK_HASH_CALLS
    if cat == "weakrand":
        used = bool(WEAK_RAND_CALLS)
        if used and spec.get("nonsec"):
            return True, None, "random used for non-security output %s (labelled by definition)" % sorted(set(WEAK_RAND_CALLS))
        return True, used, "random calls %s" % sorted(set(WEAK_RAND_CALLS))
    return False, None, "no oracle"


# API-misuse classes: execution shows the primitive/flag/flow, the label follows the definition.
DEFINITIONAL = {"hash", "weakrand", "securecookie", "trustbound"}


def main():
    setup_fixtures()
    from app import app
    app.logger.disabled = True
    logging.getLogger("werkzeug").disabled = True
    for mod_name, mod in list(sys.modules.items()):
        if mod_name.startswith("testcode.") and hasattr(mod, "Connection") and mod.Connection is _RealConnection:
            mod.Connection = mock_connection
    with open(os.path.join(ROOT, "verify_specs.json")) as fh:
        specs = json.load(fh)
    expected = {}
    with open(os.path.join(ROOT, "expectedresults.csv")) as fh:
        for row in csv.reader(fh):
            if row and not row[0].startswith("#"):
                expected[row[0]] = (row[1], row[2].strip() == "true")
    confirmed = {"exploit": 0, "api": 0}
    problems = []
    notes = []
    for name in sorted(expected):
        cat, vuln = expected[name]
        spec = specs[name]
        try:
            checked, hit, detail = attack_succeeded(app, name, spec)
        except Exception as exc:  # noqa: BLE001
            checked, hit, detail = True, None, "verifier error %r" % exc
        if not checked:
            continue
        if hit is None and "by definition" in detail:
            notes.append("%s %s: %s" % (name, cat, detail))
        elif hit is None:
            problems.append("%s %s: %s" % (name, cat, detail))
        elif hit == vuln:
            confirmed["api" if cat in DEFINITIONAL else "exploit"] += 1
        else:
            problems.append("%s %s label=%s execution=%s (%s)" % (name, cat, vuln, hit, detail))
    print("confirmed by exploit execution:", confirmed["exploit"])
    print("API-misuse cases whose observed behaviour matches the label:", confirmed["api"])
    for n in notes:
        print("NOTE", n)
    for p in problems:
        print("MISMATCH/ERROR", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
