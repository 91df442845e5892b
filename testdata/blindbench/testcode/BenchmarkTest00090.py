from flask import abort, request

from app import app

REPORTS = {
    "q1": "/tmp/heldout2/data/public/readme.txt",
    "q2": "/tmp/heldout2/data/public/q2.txt",
}


@app.route("/bt00090/reports")
def get_report():
    key = request.args.get("id", "q1")
    path = REPORTS.get(key)
    if path is None:
        abort(404)
    with open(path) as fh:
        return {"report": fh.read()}
