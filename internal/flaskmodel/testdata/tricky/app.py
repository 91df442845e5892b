import os

from fastapi import APIRouter
from flask import Flask
from flask_httpauth import HTTPBasicAuth
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import login_required
from flask_restx import Api
from flask_wtf.csrf import CSRFProtect
from somelib import get_app

import helpers
from blueprints import MORE, a_bp, b_bp, c_bp, d_bp, parent
from routes import init_routes
from settings import DevSettings, ProdSettings
from views import ThingView, legacy_view

app = Flask(__name__)
if os.environ.get("ENV") == "dev":
    app.config.from_object(DevSettings)
else:
    app.config.from_object(ProdSettings)

csrf = CSRFProtect(app)
limiter = Limiter(get_remote_address, app=app, application_limits=["1000 per hour"])
auth = HTTPBasicAuth()
auth_limit = limiter.shared_limit("100/hour", scope="auth")
router = APIRouter()
external = get_app()

for bp in (a_bp, b_bp):
    app.register_blueprint(bp)

for bp, prefix in [(c_bp, "/c"), (d_bp, "/d")]:
    app.register_blueprint(bp, url_prefix=prefix)

app.register_blueprint(parent, url_prefix="/p")
for extra in MORE:
    app.register_blueprint(extra)
helpers.register_all(app)
init_routes(app)

csrf.exempt(c_bp)
limiter.limit("10/second")(d_bp)

app.add_url_rule("/things", view_func=ThingView.as_view("things"))
app.add_url_rule("/legacy", "legacy", login_required(legacy_view), methods=["GET", "POST"])

api = Api(app, prefix="/rx")
users = api.namespace("users", path="/u")


@app.route("/a")
@app.route("/b", methods=["POST"])
def two_rules():
    return "two"


@login_required
@app.route("/too-late")
def too_late():
    return "the decorator above the route protects nothing"


@app.get("/basic")
@auth.login_required
def basic():
    return "basic"


@app.post("/shared")
@auth_limit
def shared():
    return "shared"


@router.get("/not-flask")
def not_flask():
    return "fastapi"


@external.route("/mystery")
def mystery():
    return "unknown receiver"


@users.route("/<int:user_id>")
class UserResource(helpers.BaseResource):
    def get(self, user_id):
        return {"id": user_id}

    def patch(self, user_id):
        return {}
