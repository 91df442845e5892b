from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField

from .decorators import anonymous_required
from .extensions import limiter

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    username = StringField("Username")
    password = PasswordField("Password")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("5 per minute")
def login():
    form = LoginForm()
    if form.validate_on_submit():
        login_user(form.user)
        return redirect(request.args.get("next") or url_for("index"))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    return redirect(url_for("index"))


@bp.route("/signup", methods=["GET", "POST"])
@anonymous_required
def signup():
    if request.method == "POST":
        flash("Welcome, %s" % request.form["username"])
    return render_template("auth/signup.html")
