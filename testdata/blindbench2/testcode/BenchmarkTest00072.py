from flask import Blueprint, request, session

bp = Blueprint("BenchmarkTest00072", __name__)


class Visit:
    def __init__(self):
        self.tenant = None
        self.path = "/"


@bp.route("/BenchmarkTest00072")
def enter_tenant():
    visit = Visit()
    visit.tenant = request.headers.get("X-Tenant", "public")
    visit.path = request.path
    session["tenant"] = visit.tenant
    return {"tenant": session["tenant"]}
