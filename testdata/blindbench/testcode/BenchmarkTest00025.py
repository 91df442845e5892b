from flask import Blueprint, redirect, request, url_for

bp = Blueprint("bt00025", __name__, url_prefix="/bt00025")


@bp.route("/results")
def results():
    return "results for " + str(len(request.args.get("q", "")))


@bp.route("/search", methods=["POST"])
def search_form():
    q = request.form.get("q", "")
    return redirect(url_for(".results", q=q))
