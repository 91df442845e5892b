import functools
import hashlib
import hmac
import os

from flask import Flask, abort, request
from flask_jwt_extended import JWTManager, jwt_required
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

# exemptions that are what exemptions are for
app = Flask(__name__)
csrf = CSRFProtect(app)
LoginManager(app)
JWTManager(app)


def api_key_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if request.headers.get("X-API-Key") != os.environ["API_KEY"]:
            abort(401)
        return view(*args, **kwargs)

    return wrapped


@app.post("/webhooks/stripe")
@csrf.exempt
def stripe_webhook():
    expected = hmac.new(os.environb[b"HOOK_SECRET"], request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(400)
    return "", 204


@app.post("/api/items")
@csrf.exempt
@jwt_required()
def create_item():
    return request.get_json()


@app.post("/api/sync")
@csrf.exempt
@api_key_required
def sync():
    return request.get_json()


@app.post("/hooks/public")
@csrf.exempt
def public_hook():
    return {"received": bool(request.get_json(silent=True))}


@app.get("/profile")
@csrf.exempt
@login_required
def profile():
    return current_user.name


@app.post("/profile")
@login_required
def update_profile():
    return "ok"
