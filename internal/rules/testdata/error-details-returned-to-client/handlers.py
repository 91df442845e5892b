"""Error handlers that send exception details to the client."""

import sys
import traceback
import traceback as tb

from flask import Blueprint, Flask, jsonify, make_response, render_template
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
bp = Blueprint("api", __name__)


@app.errorhandler(Exception)
def handle_exception(e):
    app.logger.error("unhandled error: %s", e)
    return "<h1>Internal error</h1><pre>%s</pre>" % traceback.format_exc(), 500  # want: FG1301[high]


@app.errorhandler(SQLAlchemyError)
def handle_db_error(err):
    return jsonify(error=str(err)), 500  # want: FG1301[medium]


@bp.app_errorhandler(500)
def handle_500(e):
    # The InternalServerError's own text is generic; the wrapped one is not.
    return jsonify(error=repr(e.original_exception)), 500  # want: FG1301


@bp.errorhandler(Exception)
def api_error(e):
    if isinstance(e, HTTPException):
        return jsonify(error=str(e)), e.code
    return jsonify({"error": repr(e)}), 500  # want: FG1301


@app.errorhandler(RuntimeError)
def runtime_error(exc):
    message = f"error: {exc}"
    return make_response(message, 500)  # want: FG1301


@app.errorhandler(OSError)
def os_error(exc):
    return render_template("error.html", detail=exc.args), 500  # want: FG1301


@app.errorhandler(KeyError)
def key_error(exc):
    return "".join(tb.format_exception(exc)), 500  # want: FG1301[high]


@app.errorhandler(LookupError)
def lookup_error(exc):
    return {"trace": str(exc.__traceback__)}, 500  # want: FG1301[high]


def info_handler(error):
    return {"info": str(sys.exc_info())}, 500  # want: FG1301[high]


def generic_handler(error):
    return f"Something failed: {error}", 500  # want: FG1301


app.register_error_handler(ZeroDivisionError, info_handler)
app.register_error_handler(Exception, generic_handler)


def create_app():
    factory_app = Flask(__name__)

    @factory_app.errorhandler(Exception)
    def nested(e):
        return jsonify(
            status="error",
            message=str(e),  # want: FG1301
        ), 500

    def registered(e):
        return str(e), 500  # want: FG1301

    factory_app.register_error_handler(TypeError, registered)
    return factory_app


class Api:
    def errorhandler(self, fn):
        return fn


api = Api()


@api.errorhandler
def default_error(error):
    return {"message": str(error)}, 500  # want: FG1301
