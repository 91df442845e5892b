from flask import Blueprint, request, jsonify

bp = Blueprint("bt00018", __name__, url_prefix="/bt00018")


@bp.route("/hooks", methods=["POST"])
def run_hooks():
    snippets = [request.form.get("note", ""), "total = sum(range(10))"]
    ns = {}
    exec(snippets[1], {}, ns)
    return jsonify(note=snippets[0], total=ns["total"])
