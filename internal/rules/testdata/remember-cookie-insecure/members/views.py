from datetime import timedelta

from flask import Blueprint, redirect, request
from flask_login import login_user

bp = Blueprint("members", __name__)


@bp.post("/login")
def login():
    user = find_user(request.form["email"])
    login_user(user, remember=request.form.get("remember") == "on")
    return redirect("/")


@bp.post("/kiosk-login")
def kiosk_login():
    user = find_user(request.form["email"])
    login_user(user, remember=True, duration=timedelta(days=400))  # want: FG0407[low]
    return redirect("/")


def find_user(email):
    return None
