from functools import wraps

from flask import Blueprint, abort, g
from flask_restx import Namespace, Resource

e_bp = Blueprint("e", __name__, url_prefix="/e")
cats = Namespace("cats")


class BaseResource(Resource):
    pass


@e_bp.route("/")
def e_index():
    return "e"


@cats.route("/")
class CatList(Resource):
    def get(self):
        return []


def register_all(app):
    app.register_blueprint(e_bp)
    from app import api

    api.add_namespace(cats)


def role_required(role):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if g.user is None or g.user.role != role:
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    return decorator


def unknown_prefix():
    return "/computed"
