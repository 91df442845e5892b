import hashlib
import os
import random
import re
import subprocess

import requests
import yaml
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_from_directory,
    session,
    url_for,
)
from werkzeug.utils import secure_filename

from auth import for_log, login_required
from db import add_note, delete_note, get_note, list_notes, search_notes
from extensions import limiter

notes_bp = Blueprint("notes", __name__)

THEMES = {"light", "dark"}
EXPORT_FORMATS = {"pdf", "docx", "html"}
ATTACHMENT_EXTENSIONS = {".txt", ".md", ".pdf", ".png", ".jpg", ".jpeg"}
MAX_TITLE = 200
MAX_BODY = 50_000
ISBN_RE = re.compile(r"^(?:\d{9}[\dX]|\d{13})$")

TIPS = [
    "Use the search box to find notes by title or text.",
    "Notes can be exported as PDF, Word or HTML.",
    "Import a YAML file to move notes from another account.",
]


def _validated_note_fields():
    title = request.form.get("title", "").strip()
    body = request.form.get("body", "")
    if not title or len(title) > MAX_TITLE or len(body) > MAX_BODY:
        abort(400)
    return title, body


def _owned_note_or_404(note_id):
    note = get_note(note_id, session["user_id"])
    if note is None:
        abort(404)
    return note


@notes_bp.route("/")
@login_required
def index():
    notes = list_notes(session["user_id"], session.get("per_page", 20))
    return render_template("index.html", notes=notes, tip=random.choice(TIPS))


@notes_bp.route("/preferences", methods=["POST"])
@login_required
def preferences():
    theme = request.form.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    per_page = request.form.get("per_page", 20, type=int) or 20
    session["per_page"] = max(5, min(per_page, 100))
    resp = redirect(url_for("notes.index"))
    resp.set_cookie("theme", theme, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Lax")
    return resp


@notes_bp.route("/notes/new", methods=["GET", "POST"])
@login_required
def new_note():
    if request.method == "POST":
        title, body = _validated_note_fields()
        stored_name = original_name = None
        attachment = request.files.get("attachment")
        if attachment and attachment.filename:
            original_name = secure_filename(attachment.filename)
            ext = os.path.splitext(original_name)[1].lower()
            if not original_name or ext not in ATTACHMENT_EXTENSIONS:
                flash("That file type is not allowed.")
                return render_template("note_form.html"), 400
            data = attachment.read()
            # content-addressed storage: identical uploads are kept once
            stored_name = hashlib.sha256(data).hexdigest() + ext
            with open(os.path.join(current_app.config["UPLOAD_FOLDER"], stored_name), "wb") as fh:
                fh.write(data)
        note_id = add_note(session["user_id"], title, body, stored_name, original_name)
        flash("Note saved.")
        return redirect(url_for("notes.show_note", note_id=note_id))
    return render_template("note_form.html")


@notes_bp.route("/notes/preview", methods=["POST"])
@login_required
def preview():
    title, body = _validated_note_fields()
    return render_template("preview.html", title=title, body=body)


@notes_bp.route("/notes/<int:note_id>")
@login_required
def show_note(note_id):
    return render_template("note.html", note=_owned_note_or_404(note_id))


@notes_bp.route("/notes/<int:note_id>/delete", methods=["POST"])
@login_required
def remove_note(note_id):
    delete_note(note_id, session["user_id"])
    flash("Note deleted.")
    return redirect(url_for("notes.index"))


@notes_bp.route("/search")
@login_required
def search():
    q = request.args.get("q", "").strip()[:100]
    results = search_notes(session["user_id"], q) if q else []
    return render_template("search.html", q=q, results=results)


@notes_bp.route("/notes/<int:note_id>/export")
@login_required
def export_note(note_id):
    note = _owned_note_or_404(note_id)
    fmt = request.args.get("format", "pdf")
    if fmt not in EXPORT_FORMATS:
        abort(400)
    export_dir = current_app.config["EXPORT_FOLDER"]
    src = os.path.join(export_dir, f"note-{note_id}.md")
    out_name = f"note-{note_id}.{fmt}"
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(note["body"])
    try:
        subprocess.run(["pandoc", src, "-o", os.path.join(export_dir, out_name)], check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        current_app.logger.exception("export of note %d failed", note_id)
        flash("The export failed, please try again later.")
        return redirect(url_for("notes.show_note", note_id=note_id))
    return send_from_directory(export_dir, out_name, as_attachment=True)


@notes_bp.route("/notes/<int:note_id>/attachment")
@login_required
def download(note_id):
    note = _owned_note_or_404(note_id)
    if not note["attachment"]:
        abort(404)
    return send_from_directory(
        current_app.config["UPLOAD_FOLDER"],
        note["attachment"],
        as_attachment=True,
        download_name=note["attachment_name"],
    )


@notes_bp.route("/notes/import", methods=["POST"])
@login_required
def import_notes():
    upload = request.files.get("file")
    if upload is None:
        abort(400)
    try:
        data = yaml.safe_load(upload.read())
    except yaml.YAMLError:
        abort(400)
    items = data.get("notes") if isinstance(data, dict) else None
    if not isinstance(items, list):
        abort(400)
    imported = 0
    for item in items[:500]:
        if not isinstance(item, dict):
            continue
        title, body = item.get("title"), item.get("body")
        if isinstance(title, str) and isinstance(body, str) and 0 < len(title) <= MAX_TITLE and len(body) <= MAX_BODY:
            add_note(session["user_id"], title, body)
            imported += 1
    flash(f"Imported {imported} notes.")
    return redirect(url_for("notes.index"))


@notes_bp.route("/books/lookup")
@login_required
@limiter.limit("30 per minute")
def book_lookup():
    isbn = request.args.get("isbn", "").replace("-", "").upper()
    if not ISBN_RE.match(isbn):
        abort(400)
    token = current_app.config["BOOKS_API_TOKEN"]
    try:
        resp = requests.get(
            current_app.config["BOOKS_API_URL"] + "/books",
            params={"isbn": isbn},
            headers={"Authorization": f"Token {token}"},
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException:
        current_app.logger.warning("book lookup failed for isbn %s", for_log(isbn))
        return jsonify(error="The book service is unavailable."), 502
    return jsonify(resp.json())
