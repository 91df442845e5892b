from flask import Blueprint, render_template, request
from flask_login import login_required

from .decorators import admin_required

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@admin_bp.route("/")
@login_required
@admin_required
def dashboard():
    return render_template("admin/dashboard.html")


@admin_bp.route("/users/<int:user_id>", methods=["POST", "DELETE"])
@login_required
@admin_required
def edit_user(user_id):
    data = request.get_json()
    return {"id": user_id, "changed": sorted(data)}
