from flask import Blueprint, request, jsonify
from werkzeug.security import check_password_hash, generate_password_hash

bp = Blueprint("bt00080", __name__, url_prefix="/bt00080")

USERS = {}


@bp.route("/users", methods=["POST"])
def create_user():
    data = request.get_json() or {}
    USERS[data["username"]] = generate_password_hash(data["password"])
    return jsonify(ok=True), 201


@bp.route("/login", methods=["POST"])
def login():
    data = request.get_json() or {}
    stored = USERS.get(data.get("username", ""))
    ok = bool(stored) and check_password_hash(stored, data.get("password", ""))
    return jsonify(ok=ok), (200 if ok else 401)
