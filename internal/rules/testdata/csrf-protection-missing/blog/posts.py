from flask import Blueprint, request
from flask_login import current_user, login_required

bp = Blueprint("posts", __name__)


@bp.route("/", methods=["POST"])
@login_required
def create():
    return {"title": request.form["title"], "by": current_user.id}


@bp.route("/<int:post_id>", methods=["PUT", "DELETE"])
@login_required
def change(post_id):
    return {"id": post_id}


@bp.get("/")
def index():
    return []
