from flask import Blueprint, request

from testcode import common

bp = Blueprint("BenchmarkTest00108", __name__)


@bp.route("/BenchmarkTest00108", methods=["POST"])
def directory_login():
    user = request.form.get("user", "")
    password = request.form.get("password", "")
    if not user or not password:
        return "missing credentials", 400
    conn = common.ldap_directory()
    matches = common.ldap_descriptions(conn, f"(&(uid={user})(userPassword={password}))")
    if not matches:
        return "invalid credentials", 401
    return {"welcome": matches}
