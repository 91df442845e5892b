import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
SORT_COLUMNS = {"name", "created"}


def db():
    return sqlite3.connect("app.db")


@app.route("/safe/user")
def user():
    return str(db().execute("SELECT * FROM users WHERE name = ?", (request.args["name"],)).fetchone())


@app.route("/safe/note/<int:note_id>")
def note(note_id):
    return str(db().execute("SELECT * FROM notes WHERE id = %d" % note_id).fetchone())


@app.route("/safe/sorted")
def sorted_notes():
    column = request.args.get("sort", "name")
    if column not in SORT_COLUMNS:
        abort(400)
    return str(db().execute(f"SELECT * FROM notes ORDER BY {column}").fetchall())


@app.route("/safe/like")
def like():
    pattern = f"%{request.args['q']}%"
    return str(db().execute("SELECT * FROM notes WHERE title LIKE ?", (pattern,)).fetchall())
