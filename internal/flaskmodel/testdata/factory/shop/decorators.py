from functools import wraps

from flask import abort, redirect, request, url_for
from flask_login import current_user


def admin_required(view):
    """Only administrators get through."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def anonymous_required(view):
    """Logged-in users have no business on the sign-up page: not an auth check."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if current_user.is_authenticated:
            return redirect(url_for("index"))
        return view(*args, **kwargs)

    return wrapper


def api_key_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Api-Key")
        if key is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper
