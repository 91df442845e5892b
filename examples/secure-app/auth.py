import functools
import re
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.security import check_password_hash, generate_password_hash

from db import create_user, get_user
from extensions import limiter

auth_bp = Blueprint("auth", __name__)

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
MIN_PASSWORD_LENGTH = 12

# compared against when the user does not exist, so that both paths cost one hash check
_DUMMY_HASH = generate_password_hash("not-a-real-password")


def for_log(value, limit=64):
    """Neutralise user input before it goes into a log line."""
    return value[:limit].encode("unicode_escape").decode("ascii")


def is_safe_next(target):
    """Only allow redirects to a path on this site."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if any(ch in target for ch in "\\\r\n\t"):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "user_id" not in session:
            return redirect(url_for("auth.login", next=request.full_path))
        return view(*args, **kwargs)

    return wrapped


@auth_bp.route("/register", methods=["GET", "POST"])
@limiter.limit("5 per hour", methods=["POST"])
def register():
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        email = request.form.get("email", "").strip()
        password = request.form.get("password", "")
        if not USERNAME_RE.match(username) or "@" not in email or len(email) > 254:
            flash("Please enter a valid username and email address.")
            return render_template("register.html"), 400
        if len(password) < MIN_PASSWORD_LENGTH:
            flash(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.")
            return render_template("register.html"), 400
        if get_user(username) is not None:
            flash("That username is already taken.")
            return render_template("register.html"), 400
        create_user(username, email, generate_password_hash(password))
        current_app.logger.info("new account created: %s", username)
        flash("Account created, you can log in now.")
        return redirect(url_for("auth.login"))
    return render_template("register.html")


@auth_bp.route("/login", methods=["GET", "POST"])
@limiter.limit("5 per minute;20 per hour", methods=["POST"])
def login():
    if request.method == "POST":
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        user = get_user(username)
        stored_hash = user["password_hash"] if user is not None else _DUMMY_HASH
        if not check_password_hash(stored_hash, password) or user is None:
            current_app.logger.warning(
                "failed login for %s from %s", for_log(username), request.remote_addr
            )
            flash("Invalid username or password.")
            return render_template("login.html"), 401
        session.clear()
        session.permanent = True
        session["user_id"] = user["id"]
        session["username"] = user["username"]
        current_app.logger.info("user %d logged in", user["id"])
        next_url = request.args.get("next", "")
        if not is_safe_next(next_url):
            next_url = url_for("notes.index")
        return redirect(next_url)
    return render_template("login.html")


@auth_bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("auth.login"))
