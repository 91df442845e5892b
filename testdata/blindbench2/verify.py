"""Check every label of the suite by running the cases with Flask's test client.

Injection classes: a benign request must succeed, then an exploit request is sent and
its effect observed (marker file, hidden record, secret file content, off-site
Location, unescaped script in an HTML response).  The other classes are observed
directly: weak hash calls made by the view, PRNG output that repeats under a fixed
seed, cookies without the Secure attribute, request data stored in the session.

Run with Debian's interpreter:  /usr/bin/python3 verify.py [-v] [NAME ...]
"""
import base64
import csv
import hashlib
import io
import json
import logging
import os
import pickle
import random
import shutil
import sqlite3
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(ROOT, "data")
MARKERS = os.path.join(DATA, "markers")
SECRET_TEXT = "TOPSECRET-Q7731"
SECRET_PATH = os.path.join(DATA, "secret.txt")
PAYLOAD_VALUE = "zz-UNTRUSTED-77"
XSS_PROBE = "<script>alert(1)</script>"

# ------------------------------------------------------------------ fixtures


def setup_fixtures():
    os.makedirs(os.path.join(DATA, "files"), exist_ok=True)
    for sub in ("markers", "uploads"):
        shutil.rmtree(os.path.join(DATA, sub), ignore_errors=True)
        os.makedirs(os.path.join(DATA, sub))
    with open(SECRET_PATH, "w") as fh:
        fh.write(SECRET_TEXT + "\n")
    with open(os.path.join(DATA, "files", "readme.txt"), "w") as fh:
        fh.write("readme contents\n")
    with open(os.path.join(DATA, "files", "notes.txt"), "w") as fh:
        fh.write("notes contents\n")
    db_path = os.path.join(DATA, "bench.sqlite3")
    if os.path.exists(db_path):
        os.remove(db_path)
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, role TEXT, team TEXT, note TEXT)")
    db.executemany("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?)", [
        (1, "alice", "alice@example.org", "member", "blue", "alice-note"),
        (2, "bob", "bob@example.org", "member", "red", "bob-note"),
        (3, "root", "root@example.org", "admin", "ops", "HIDDEN-SQL"),
    ])
    db.commit()
    db.close()
    with open(os.path.join(DATA, "directory.xml"), "w") as fh:
        fh.write("<directory>\n"
                 "  <user><name>alice</name><role>member</role><email>alice@example.org</email></user>\n"
                 "  <user><name>bob</name><role>member</role><email>bob@example.org</email></user>\n"
                 "  <user><name>root</name><role>admin</role><email>HIDDEN-XPATH</email></user>\n"
                 "</directory>\n")


# ------------------------------------------------------------------ weak hash recorder
# installed before the application modules are imported, so aliases bind to it too

WEAK_CALLS = []
_ORIG = {n: getattr(hashlib, n) for n in ("md5", "sha1", "new")}


def _from_testcode():
    frame = sys._getframe(2)
    return os.sep + "testcode" + os.sep in frame.f_code.co_filename


def _wrap(algo):
    func = _ORIG[algo]

    def wrapper(*args, **kwargs):
        if kwargs.get("usedforsecurity", True) and _from_testcode():
            WEAK_CALLS.append(algo)
        return func(*args, **kwargs)
    return wrapper


def _new(name, *args, **kwargs):
    if str(name).lower().replace("-", "") in ("md5", "sha1") and kwargs.get("usedforsecurity", True) \
            and _from_testcode():
        WEAK_CALLS.append(str(name))
    return _ORIG["new"](name, *args, **kwargs)


hashlib.md5 = _wrap("md5")
hashlib.sha1 = _wrap("sha1")
hashlib.new = _new

sys.path.insert(0, ROOT)
setup_fixtures()
from app import create_app  # noqa: E402
from testcode import common  # noqa: E402

# ------------------------------------------------------------------ payloads


class _Touch:
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (os.system, ("touch " + self.path,))


def substitutions(name):
    marker = os.path.join(MARKERS, name)
    pk = pickle.dumps(_Touch(marker))
    xxe = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://%s">]>\n<r>&x;</r>' % SECRET_PATH)
    xxe_title = ('<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM "file://%s">]>\n'
                 '<feed><title>&x;</title></feed>' % SECRET_PATH)
    return {
        "{M}": marker,
        "{MQ}": urllib.parse.quote(marker),
        "{N}": name,
        "{PICKLE}": base64.urlsafe_b64encode(pk).decode(),
        "{PICKLE_STD}": base64.b64encode(pk).decode(),
        "{PICKLE_DICT}": base64.urlsafe_b64encode(pickle.dumps({"theme": "dark"})).decode(),
        "{JSON_DICT}": base64.urlsafe_b64encode(json.dumps({"theme": "dark"}).encode()).decode(),
        "{JSON_DICT_STD}": base64.b64encode(json.dumps({"a": 1}).encode()).decode(),
        "{XXE}": xxe,
        "{XXE_TITLE}": xxe_title,
        "{P}": PAYLOAD_VALUE,
    }


def fill(obj, subs):
    if isinstance(obj, str):
        for k, v in subs.items():
            obj = obj.replace(k, v)
        return obj
    if isinstance(obj, dict):
        return {k: fill(v, subs) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(fill(v, subs) for v in obj)
    return obj


# ------------------------------------------------------------------ requests

APP = create_app()
APP.logger.setLevel(logging.CRITICAL)
logging.getLogger("werkzeug").setLevel(logging.CRITICAL)


def send(name, req, client=None):
    client = client or APP.test_client()
    for k, v in (req.get("cookies") or {}).items():
        client.set_cookie("localhost", k, v)
    kwargs = {"method": req.get("m", "GET"), "query_string": req.get("q"),
              "headers": req.get("headers")}
    if "json" in req:
        kwargs["json"] = req["json"]
    elif "data" in req:
        kwargs["data"] = req["data"]
    elif "form" in req or "files" in req:
        data = dict(req.get("form") or {})
        for field, (content, filename) in (req.get("files") or {}).items():
            data[field] = (io.BytesIO(content.encode()), filename)
        kwargs["data"] = data
    return client.open("/" + name + req.get("p", ""), **kwargs)


def offsite(resp):
    if resp.status_code // 100 != 3:
        return False
    loc = (resp.headers.get("Location") or "").replace("\\", "/").strip()
    if loc.startswith("//"):
        loc = "https:" + loc
    return urllib.parse.urlsplit(loc).hostname == "evil.example"


ORACLE_OF = {"cmdi": "marker", "codeinj": "marker", "deserialization": "marker",
             "pathtraver": "secret", "xxe": "secret", "sqli": "hidden", "ldapi": "hidden",
             "xpathi": "hidden", "redirect": "redirect", "xss": "xss"}


def observed(kind, resp, marker):
    body = resp.get_data(as_text=True)
    if kind == "marker":
        return os.path.exists(marker)
    if kind == "secret":
        return SECRET_TEXT in body
    if kind == "hidden":
        return "HIDDEN-" in body
    if kind == "redirect":
        return offsite(resp)
    if kind == "xss":
        return resp.mimetype == "text/html" and XSS_PROBE in body
    raise ValueError(kind)


def check_injection(spec, subs):
    name, kind = spec["name"], spec.get("oracle") or ORACLE_OF[spec["cls"]]
    marker = subs["{M}"]
    if os.path.exists(marker):
        os.remove(marker)
    resp = send(name, fill(spec["benign"], subs))
    body = resp.get_data(as_text=True)
    ok = resp.status_code < 400 and observed(kind, resp, marker) is False
    if spec["cls"] == "redirect":
        ok = ok and resp.status_code // 100 == 3
    if spec.get("expect") and spec["expect"] not in body:
        ok = False
    benign = "benign ok" if ok else "BENIGN FAILED (%s %r)" % (resp.status_code, body[:120])
    attacks = spec["attack"] if isinstance(spec["attack"], list) else [spec["attack"]]
    hit, statuses = False, []
    for attack in attacks:
        if os.path.exists(marker):
            os.remove(marker)
        resp = send(name, fill(attack, subs))
        statuses.append(resp.status_code)
        hit = hit or observed(kind, resp, marker)
    return ok, hit, "%s; exploit %s via %s (status %s)" % (
        benign, "SUCCEEDED" if hit else "failed", kind, "/".join(map(str, statuses)))


def session_of(client):
    with client.session_transaction() as sess:
        return dict(sess)


def check_hash(spec, subs):
    del WEAK_CALLS[:]
    resp = send(spec["name"], fill(spec["req"], subs))
    calls = list(WEAK_CALLS)
    ok = resp.status_code < 400
    return ok, bool(calls), "status %s; weak hash calls from the view: %s" % (resp.status_code, calls or "none")


def capture(spec, subs):
    client = APP.test_client()
    before = len(common.OUTBOX)
    random.seed(424242)
    resp = send(spec["name"], fill(spec["req"], subs), client)
    cookies = sorted(h for h in resp.headers.getlist("Set-Cookie") if not h.startswith("session="))
    return resp.status_code, (resp.get_data(), cookies, session_of(client), common.OUTBOX[before:])


def check_weakrand(spec, subs):
    s1, first = capture(spec, subs)
    s2, second = capture(spec, subs)
    ok = s1 < 400 and s2 < 400
    same = first == second
    return ok, same, "status %s; output under a fixed PRNG seed %s" % (
        s1, "REPEATS (predictable)" if same else "differs between runs")


def check_cookie(spec, subs):
    resp = send(spec["name"], fill(spec["req"], subs))
    headers = [h for h in resp.headers.getlist("Set-Cookie") if not h.startswith("session=")]
    lacking = [h.split("=", 1)[0] for h in headers if "; Secure" not in h]
    ok = resp.status_code < 400 and bool(headers)
    return ok, bool(lacking), "status %s; cookies %s; without Secure: %s" % (
        resp.status_code, [h.split("=", 1)[0] for h in headers], lacking or "none")


def check_session(spec, subs):
    client = APP.test_client()
    resp = send(spec["name"], fill(spec["req"], subs), client)
    sess = session_of(client)
    stored = PAYLOAD_VALUE in repr(sess)
    return True, stored, "status %s; session after request: %r" % (resp.status_code, sess)


CHECKS = {"hash": check_hash, "weakrand": check_weakrand, "securecookie": check_cookie,
          "trustbound": check_session}


def main(argv):
    verbose = "-v" in argv
    only = {a for a in argv if not a.startswith("-")}
    with open(os.path.join(ROOT, "verify_specs.json")) as fh:
        specs = json.load(fh)
    expected = {}
    with open(os.path.join(ROOT, "expectedresults.csv")) as fh:
        for row in csv.reader(line for line in fh if not line.startswith("#")):
            expected[row[0]] = row[2].strip() == "true"
    confirmed, problems = 0, []
    for spec in specs:
        if only and spec["name"] not in only:
            continue
        subs = substitutions(spec["name"])
        check = CHECKS.get(spec["cls"], check_injection)
        try:
            ok, hit, detail = check(spec, subs)
        except Exception as exc:  # a crash in the harness itself
            ok, hit, detail = False, None, "harness error %r" % exc
        label = expected[spec["name"]]
        agree = ok and hit == label
        confirmed += agree
        line = "%s %-15s %-5s %s  %s" % (spec["name"], spec["cls"], str(label).lower(),
                                         "OK      " if agree else "MISMATCH", detail)
        if not agree:
            problems.append(line)
        if verbose or not agree:
            print(line)
    for sub in ("markers", "uploads"):
        shutil.rmtree(os.path.join(DATA, sub), ignore_errors=True)
        os.makedirs(os.path.join(DATA, sub))
    total = len(specs) if not only else len(only)
    print("\n%d of %d labels confirmed by execution" % (confirmed, total))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
