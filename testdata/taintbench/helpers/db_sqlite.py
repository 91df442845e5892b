"""An in-memory SQLite database for the SQL injection cases."""

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
