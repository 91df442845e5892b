"""Safe look-alikes: none of these may be reported."""

import logging
import traceback

from flask import Blueprint, Flask, abort, jsonify, render_template, request
from flask_limiter import RateLimitExceeded
from flask_wtf.csrf import CSRFError
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, NotFound

app = Flask(__name__)
bp = Blueprint("safe", __name__)
log = logging.getLogger(__name__)


class NoteNotFound(Exception):
    """The app's own error: its message is written for users."""


@app.errorhandler(Exception)
def handle_exception(e):
    # HTTP errors keep their own page; everything else is logged.
    if isinstance(e, HTTPException):
        return e
    app.logger.exception("unhandled error")
    return render_template("500.html"), 500


@app.errorhandler(HTTPException)
def handle_http(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.errorhandler(404)
def not_found(e):
    return jsonify(error=str(e)), 404


@app.errorhandler(500)
def internal(e):
    log.error("500: %s", e.original_exception)
    return jsonify(error=e.description), 500


@app.errorhandler(NotFound)
def not_found_page(e):
    return render_template("404.html", message=e.description), 404


@app.errorhandler(CSRFError)
def csrf_error(e):
    return render_template("csrf.html", reason=str(e)), 400


@app.errorhandler(RateLimitExceeded)
def rate_limited(e):
    return jsonify(error=f"rate limit exceeded: {e}"), 429


@app.errorhandler(NoteNotFound)
def note_not_found(e):
    return jsonify(error=str(e)), 404


@app.errorhandler(ValidationError)
def invalid(e):
    return jsonify(errors=e.messages), 422


@app.errorhandler(Exception)
def typed(e):
    log.exception(e)
    return jsonify(error=type(e).__name__), 500


@app.errorhandler(Exception)
def with_class_name(e):
    traceback.print_exc()
    return jsonify(error=e.__class__.__name__, reference=request.headers.get("X-Request-Id")), 500


@bp.post("/items")
def create_item():
    try:
        count = int(request.form["count"])
    except (ValueError, KeyError) as e:
        return jsonify(error=str(e)), 400
    try:
        store(count)
    except Exception:
        log.exception("store failed")
        abort(500)
    try:
        store(count)
    except Exception as e:
        log.error("store failed: %s", e)
        return jsonify(error="The item could not be saved."), 500
    try:
        store(count)
    except Exception as e:
        return jsonify(error=describe(e)), 500
    return "ok"


def describe(e):
    # A helper that maps errors to safe messages.
    return "internal error"


def helper():
    # Not a view: what it returns goes to its caller, not to a client.
    try:
        store(1)
    except Exception as e:
        return str(e)
    return ""


@bp.get("/tb")
def tb_logged():
    try:
        store(1)
    except Exception:
        log.error("failed:\n%s", traceback.format_exc())
        return "failed", 500
    return "ok"


@bp.get("/message")
def message_reset():
    error = None
    try:
        store(1)
    except Exception as e:
        error = str(e)
        log.warning(error)
        error = "Something went wrong."
    return render_template("page.html", error=error)


def store(value):
    pass
