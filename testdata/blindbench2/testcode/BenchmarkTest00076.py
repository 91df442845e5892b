from flask import Blueprint, redirect, request, url_for

bp = Blueprint("BenchmarkTest00076", __name__)

DESTINATIONS = {"home": ".home", "profile": ".profile"}


@bp.route("/BenchmarkTest00076/home")
def home():
    return "home"


@bp.route("/BenchmarkTest00076/profile")
def profile():
    return "profile"


@bp.route("/BenchmarkTest00076")
def after_login():
    key = request.args.get("next", "home")
    return redirect(url_for(DESTINATIONS.get(key, ".home")))
