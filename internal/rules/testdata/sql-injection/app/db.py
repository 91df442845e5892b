import sqlite3

from sqlalchemy import text


def get_db():
    return sqlite3.connect("app.db")


def find_user(username):
    return get_db().execute(f"SELECT * FROM users WHERE name = '{username}'").fetchone()  # want: FG0701


def find_user_bound(username):
    return get_db().execute("SELECT * FROM users WHERE name = ?", (username,)).fetchone()


def delete_note(note_id):
    db = get_db()
    db.execute("DELETE FROM notes WHERE id = " + note_id)  # want: FG0701


def search(session, term):
    sql = "SELECT id FROM notes WHERE title LIKE '%%%s%%'" % term
    return session.execute(text(sql)).all()  # want: FG0701
