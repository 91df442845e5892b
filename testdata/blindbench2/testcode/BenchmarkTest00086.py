from flask import Blueprint, request

bp = Blueprint("BenchmarkTest00086", __name__)


class Job:
    pass


@bp.route("/BenchmarkTest00086", methods=["POST"])
def answer():
    payload = request.get_json(silent=True) or {}
    job = Job()
    job.expr = payload.get("expr", "")
    job.label = "answer"
    job.expr = "6 * 7"
    return {job.label: eval(job.expr)}
