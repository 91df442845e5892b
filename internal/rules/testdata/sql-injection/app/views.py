from flask import Blueprint, request

from .db import delete_note, find_user, find_user_bound, search

bp = Blueprint("notes", __name__)


@bp.route("/user")
def user():
    find_user_bound(request.args["name"])
    return str(find_user(request.args["name"]))


@bp.route("/delete", methods=["POST"])
def delete():
    delete_note(request.form["note_id"])
    return "deleted"


@bp.route("/search")
def do_search():
    from .models import db

    return str(search(db.session, request.args["q"]))
