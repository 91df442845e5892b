"""Small helpers shared by the benchmark views."""
import functools
import os
import sqlite3
import time

from lxml import etree
from ldap3 import MOCK_SYNC, OFFLINE_SLAPD_2_4, Connection, Server

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.path.join(BASE_DIR, "data")
FILES_DIR = os.path.join(DATA_DIR, "files")
UPLOAD_DIR = os.path.join(DATA_DIR, "uploads")
DB_PATH = os.path.join(DATA_DIR, "bench.sqlite3")
DIRECTORY_XML = os.path.join(DATA_DIR, "directory.xml")
PEOPLE_BASE = "ou=people,dc=example,dc=org"

# messages that would be e-mailed to users
OUTBOX = []
# accounts registered through the demo views
ACCOUNTS = {}

PEOPLE = [
    ("alice", "alice-pw", "alice-card", "public"),
    ("bob", "bob-pw", "bob-card", "public"),
    ("svc-q9z4", "Zr81-unknown", "HIDDEN-LDAP", "staff"),
]


def normalize(s):
    """Strip surrounding blanks and lowercase."""
    return (s or "").strip().lower()


def pick(mapping, key, default=None):
    """Read one entry of a mapping."""
    return mapping.get(key, default)


def build_query(table, where, columns="name, note"):
    """Assemble a SELECT statement."""
    return "SELECT " + columns + " FROM " + table + " WHERE " + where


def open_db():
    return sqlite3.connect(DB_PATH)


def rows_to_text(rows):
    return "\n".join(" | ".join(str(c) for c in row) for row in rows)


def page(title, body):
    """Wrap a fragment in a minimal HTML document."""
    return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"


def ldap_directory():
    """A bound in-memory directory with a few people."""
    server = Server("directory", get_info=OFFLINE_SLAPD_2_4)
    conn = Connection(server, user="cn=admin,dc=example,dc=org", password="admin-pw",
                      client_strategy=MOCK_SYNC)
    conn.strategy.add_entry("cn=admin,dc=example,dc=org", {"userPassword": "admin-pw", "sn": "admin"})
    for uid, pw, desc, kind in PEOPLE:
        conn.strategy.add_entry(
            "uid=%s,%s" % (uid, PEOPLE_BASE),
            {"uid": uid, "objectClass": "person", "sn": uid, "userPassword": pw,
             "description": desc, "employeeType": kind},
        )
    conn.bind()
    return conn


def ldap_descriptions(conn, flt):
    conn.search(PEOPLE_BASE, flt, attributes=["description"])
    return [str(e.description.value) for e in conn.entries]


def load_directory():
    return etree.parse(DIRECTORY_XML)


def logged(view):
    """Record how long a view took."""
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return view(*args, **kwargs)
        finally:
            wrapper.last_duration = time.monotonic() - started
    return wrapper


def cookie_policy(**overrides):
    options = {"secure": True, "httponly": True, "samesite": "Strict"}
    options.update(overrides)
    return options


class Params:
    """Uniform access to query string and form values."""

    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.values.get(key, default)

    def many(self, key):
        return self._req.values.getlist(key)

    def header(self, name, default=""):
        return self._req.headers.get(name, default)
