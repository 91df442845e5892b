package main

import (
	"fmt"
	"strings"
)

// helperFiles are the suite's fixed Python files, by path relative to the
// suite root. They hold no vulnerability of their own: helpers only move or
// clean values, so that a finding always belongs to a test case file.
func helperFiles() map[string]string {
	return map[string]string{
		"helpers/__init__.py": `"""Helpers shared by the taintbench test cases."""
`,
		"testcode/__init__.py": `"""The taintbench test cases, one module per case."""
`,
		"testfiles/FileName.txt": "This is a file the path traversal test cases read when given a harmless name.\n",
		"helpers/utils.py": `"""Small helpers the test cases call: escaping, pass-through, constants."""

import html
import os

# The folder the path traversal cases are meant to stay inside.
TESTFILES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "testfiles")

# Header names that every client sends; the header-name source skips them.
COMMON_HEADERS = frozenset({
    "accept",
    "accept-charset",
    "accept-encoding",
    "accept-language",
    "cache-control",
    "connection",
    "content-length",
    "content-type",
    "cookie",
    "host",
    "origin",
    "pragma",
    "referer",
    "te",
    "upgrade-insecure-requests",
    "user-agent",
})


def escape_for_html(value):
    """Escape value for HTML text and attribute contexts."""
    return html.escape(value, quote=True)


def passthrough(value):
    """Return value unchanged."""
    return value


def constant(value):
    """Ignore value and return a fixed string."""
    return "helper_constant"
`,
		"helpers/thing.py": `"""ThingInterface and its implementations, as in the OWASP Benchmark."""


class ThingInterface:
    """Something that does something to a string."""

    def doSomething(self, value):
        raise NotImplementedError


class Thing1(ThingInterface):
    """Returns its argument unchanged."""

    def doSomething(self, value):
        return value


class Thing2(ThingInterface):
    """Ignores its argument and returns a constant."""

    def doSomething(self, value):
        return "thing_constant"


class ThingFactory:
    """Creates a Thing by name."""

    @staticmethod
    def createThing(kind):
        if kind == "Thing1":
            return Thing1()
        return Thing2()
`,
		"helpers/separate_request.py": `"""A wrapper around the Flask request, as in the OWASP Benchmark."""


class request_wrapper:
    """Reads values from a request, or pretends to."""

    def __init__(self, request):
        self.request = request

    def get_value(self, name):
        """The query parameter name, as sent by the client."""
        return self.request.args.get(name, "")

    def get_safe_value(self, name):
        """A constant, whatever the request holds."""
        return "bar"
`,
		"helpers/db_sqlite.py": `"""An in-memory SQLite database for the SQL injection cases."""

import sqlite3

import helpers.utils

SCHEMA = """
CREATE TABLE USERS (ID INTEGER PRIMARY KEY, USERNAME TEXT, PASSWORD TEXT);
INSERT INTO USERS (USERNAME, PASSWORD) VALUES ('foo', 'fooPassword');
INSERT INTO USERS (USERNAME, PASSWORD) VALUES ('bar', 'barPassword');
"""


def get_connection():
    """A fresh connection to a database holding the USERS table."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    return conn


def results(cur, sql):
    """The rows a query returned, escaped for HTML."""
    rows = cur.fetchall()
    if not rows:
        return "No results returned for query: " + helpers.utils.escape_for_html(sql)
    return "Your results are:<br>" + "<br>".join(helpers.utils.escape_for_html(str(row)) for row in rows)
`,
		"helpers/db_sqlalchemy.py": `"""SQLAlchemy access to an in-memory SQLite database."""

import sqlalchemy
import sqlalchemy.orm


def get_engine():
    """An engine on a fresh in-memory database."""
    return sqlalchemy.create_engine("sqlite://")


def get_session():
    """A session bound to a fresh engine."""
    return sqlalchemy.orm.Session(get_engine())
`,
		"helpers/ldap_conn.py": `"""An ldap3 connection for the LDAP injection cases."""

import os

import ldap3


def get_connection():
    """A connection to the local directory, bound lazily."""
    server = ldap3.Server("ldap://localhost:389")
    return ldap3.Connection(server, user="cn=reader,dc=example,dc=com", password=os.environ.get("LDAP_PASSWORD"))
`,
		"helpers/xml_data.py": `"""The document the XPath injection cases query."""

USERS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<users>
  <user id="1" name="foo"><email>foo@example.com</email><password>fooPassword</password></user>
  <user id="2" name="bar"><email>bar@example.com</email><password>barPassword</password></user>
</users>
"""
`,
	}
}

// appFile is app.py: it imports every case and registers its routes.
func appFile(cases []testCase) string {
	var b strings.Builder
	b.WriteString(`"""The taintbench application: every test case registers its routes here.

Run it with "flask --app app run" from this folder (it needs the libraries the
cases import). Generated by tools/taintbench: do not edit.
"""

import os

from flask import Flask

`)
	for _, c := range cases {
		fmt.Fprintf(&b, "import testcode.%s\n", c.Name())
	}
	b.WriteString(`
app = Flask(__name__)
app.secret_key = os.urandom(32)


@app.route("/")
def index():
    return "flaskguard taintbench"


`)
	for _, c := range cases {
		fmt.Fprintf(&b, "testcode.%s.init(app)\n", c.Name())
	}
	return b.String()
}
