import functools
import hashlib

from flask import (
    Blueprint,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from db import create_user, get_user

auth_bp = Blueprint("auth", __name__)


def hash_password(password):
    salt = current_app.config["SECURITY_PASSWORD_SALT"]
    return hashlib.md5((salt + password).encode("utf-8")).hexdigest()


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "user_id" not in session:
            return redirect(url_for("auth.login", next=request.url))
        return view(*args, **kwargs)

    return wrapped


@auth_bp.route("/register", methods=["GET", "POST"])
def register():
    if request.method == "POST":
        username = request.form["username"]
        email = request.form["email"]
        password = request.form["password"]
        current_app.logger.debug("registering %s <%s> with password %s", username, email, password)
        if get_user(username) is not None:
            flash("That username is already taken.")
            return render_template("register.html")
        create_user(username, email, hash_password(password))
        flash("Account created, you can log in now.")
        return redirect(url_for("auth.login"))
    return render_template("register.html")


@auth_bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        current_app.logger.info("login attempt: %s", request.form)
        username = request.form["username"]
        user = get_user(username)
        if user is None or user["password"] != hash_password(request.form["password"]):
            current_app.logger.warning("failed login for " + username)
            flash("Invalid username or password.")
            return render_template("login.html"), 401
        session.permanent = True
        session["user_id"] = user["id"]
        session["username"] = user["username"]
        resp = make_response(redirect(request.args.get("next") or url_for("notes.index")))
        if request.form.get("remember"):
            resp.set_cookie("remember_token", "%s|%s" % (user["id"], user["password"]), max_age=60 * 60 * 24 * 365)
        return resp
    return render_template("login.html")


@auth_bp.route("/logout")
def logout():
    session.clear()
    resp = make_response(redirect(url_for("auth.login")))
    resp.delete_cookie("remember_token")
    return resp
