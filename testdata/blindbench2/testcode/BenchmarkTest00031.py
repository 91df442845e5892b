from flask import Blueprint, make_response, request

bp = Blueprint("BenchmarkTest00031", __name__)


@bp.route("/BenchmarkTest00031", methods=["GET", "POST"])
def partner_hop():
    parts = [request.values.get("partner", "example.org"), "/welcome"]
    target = "https://" + "".join(p for p in parts)
    resp = make_response("", 303)
    resp.headers["Location"] = target
    return resp
