import sqlite3

import psycopg2
from flask import current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT UNIQUE NOT NULL,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    attachment TEXT,
    attachment_name TEXT,
    created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
"""


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db():
    db = get_db()
    db.executescript(SCHEMA)
    db.commit()


def get_user(username):
    return get_db().execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()


def create_user(username, email, password_hash):
    db = get_db()
    db.execute(
        "INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)",
        (username, email, password_hash),
    )
    db.commit()


def list_notes(user_id, limit=20):
    return get_db().execute(
        "SELECT id, title, created FROM notes WHERE user_id = ? ORDER BY created DESC LIMIT ?",
        (user_id, limit),
    ).fetchall()


def get_note(note_id, user_id):
    return get_db().execute(
        "SELECT * FROM notes WHERE id = ? AND user_id = ?", (note_id, user_id)
    ).fetchone()


def add_note(user_id, title, body, attachment=None, attachment_name=None):
    db = get_db()
    cur = db.execute(
        "INSERT INTO notes (user_id, title, body, attachment, attachment_name) VALUES (?, ?, ?, ?, ?)",
        (user_id, title, body, attachment, attachment_name),
    )
    db.commit()
    return cur.lastrowid


def delete_note(note_id, user_id):
    db = get_db()
    db.execute("DELETE FROM notes WHERE id = ? AND user_id = ?", (note_id, user_id))
    db.commit()


def search_notes(user_id, term):
    pattern = f"%{term}%"
    return get_db().execute(
        "SELECT id, title FROM notes WHERE user_id = ? AND (title LIKE ? OR body LIKE ?)",
        (user_id, pattern, pattern),
    ).fetchall()


def push_daily_stats():
    count = get_db().execute(
        "SELECT COUNT(*) FROM notes WHERE date(created) = date('now')"
    ).fetchone()[0]
    conn = psycopg2.connect(current_app.config["REPORTS_DATABASE_URI"])
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO daily_stats (day, notes_created) VALUES (CURRENT_DATE, %s)", (count,))
    conn.close()
    return count
