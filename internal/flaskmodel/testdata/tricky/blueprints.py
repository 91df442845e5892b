from flask import Blueprint as BP
from flask import redirect, session, url_for
from flask_jwt_extended import jwt_required

from helpers import role_required, unknown_prefix

a_bp = BP("a", __name__, url_prefix="/a-side")
b_bp = BP("b", __name__)
c_bp = BP("c", __name__)
d_bp = BP("d", __name__)
parent = BP("parent", __name__, url_prefix="/parent")
child = BP("child", __name__, url_prefix="/child")
odd = BP("odd", __name__, url_prefix=unknown_prefix())
more = BP("more", __name__, url_prefix="/more")
MORE = [more]
parent.register_blueprint(child)


@b_bp.before_request
def require_login():
    if "user_id" not in session:
        return redirect(url_for("login"))


@a_bp.route("/kinds/<any(cat, dog):kind>")
def kinds(kind):
    return kind


@b_bp.route("/secret", methods=["POST"])
def secret():
    return "secret"


@c_bp.route("/hook", methods=["POST"])
def hook():
    return "hook"


@d_bp.route("/limited")
@jwt_required()
def limited():
    return "limited"


@child.route("/leaf", methods=["PUT"])
@role_required("admin")
def leaf():
    return "leaf"


@odd.route("/x")
def odd_x():
    return "never registered"


@more.get("/")
def more_index():
    return "registered from an imported list"
