"""Views whose except blocks send exception details to the client."""

import traceback

import requests
from flask import Blueprint, abort, flash, jsonify, make_response, redirect, render_template, request
from flask.views import MethodView
from flask_restful import Resource
from werkzeug.exceptions import BadRequest, InternalServerError

bp = Blueprint("notes", __name__)


@bp.post("/notes")
def create_note():
    try:
        save(request.form)
    except Exception as e:
        return jsonify(error=str(e)), 500  # want: FG1301[medium]
    return "ok"


@bp.route("/import", methods=["POST"])
def import_notes():
    try:
        save(request.files["file"].read())
    except Exception as e:
        flash(f"Import failed: {e}")  # want: FG1301
        return redirect("/")
    return "ok"


@bp.get("/lookup")
def lookup():
    try:
        resp = requests.get("https://books.internal/api", timeout=5)
    except requests.RequestException as e:
        abort(502, description=str(e))  # want: FG1301
    return resp.json()


@bp.route("/report")
def report():
    try:
        build()
    except:  # noqa: E722
        return traceback.format_exc(), 500  # want: FG1301[high]
    return "ok"


@bp.route("/form", methods=["GET", "POST"])
def form():
    error = None
    try:
        save(request.form)
    except Exception as e:
        error = "Could not save: " + str(e)
    return render_template("form.html", error=error)  # want: FG1301


@bp.route("/nested")
def nested():
    if request.args.get("x"):
        for item in range(3):
            try:
                save(item)
            except Exception as exc:
                return {"error": exc.args[0]}, 500  # want: FG1301
    return "ok"


@bp.put("/notes/<int:note_id>")
def update_note(note_id):
    try:
        save(request.form)
    except Exception as e:
        raise BadRequest(f"could not save: {e}")  # want: FG1301
    try:
        save(request.form)
    except Exception as e:
        abort(make_response(jsonify(error=str(e)), 500))  # want: FG1301
    return "ok"


class NoteAPI(MethodView):
    def post(self):
        try:
            save(request.json)
        except Exception as e:
            return {"error": str(e)}, 400  # want: FG1301
        return {}, 201


class NoteResource(Resource):
    def get(self, note_id):
        try:
            return load(note_id)
        except Exception as e:
            return {"message": "failed: %s" % e}, 500  # want: FG1301


@bp.delete("/notes/<int:note_id>")
def delete_note(note_id):
    try:
        save(note_id)
    except Exception as e:
        raise InternalServerError(original_exception=e)
    return "ok"


def save(data):
    pass


def build():
    pass


def load(note_id):
    return {}
