import functools

from flask import Blueprint, Flask, redirect, request, session
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
LoginManager(app)


def session_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "user_id" not in session:
            return redirect("/login")
        return view(*args, **kwargs)

    return wrapped


@app.route("/account/delete", methods=["POST"])
@csrf.exempt  # want: FG0504[medium]
@login_required
def delete_account():
    current_user.delete()
    return redirect("/")


@app.post("/settings")
@session_required
@csrf.exempt  # want: FG0504[medium]
def settings():
    session["theme"] = request.form["theme"]
    return redirect("/")


@app.post("/avatar")  # want: FG0504[medium]
@login_required
def upload_avatar():
    return "ok"


csrf.exempt(upload_avatar)


@app.delete("/session")
@csrf.exempt  # want: FG0504[low]
def forget():
    session.clear()
    return "", 204


admin = Blueprint("admin", __name__)
csrf.exempt(admin)


@admin.post("/users/<int:user_id>/ban")  # want: FG0504[medium]
@login_required
def ban(user_id):
    return "banned"


app.register_blueprint(admin, url_prefix="/admin")
