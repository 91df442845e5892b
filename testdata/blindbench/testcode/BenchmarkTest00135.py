from urllib.parse import urlparse
from flask import Blueprint, redirect, request, url_for

bp = Blueprint("bt00135", __name__, url_prefix="/bt00135")

ALLOWED_HOSTS = {"shop.example.com", "help.example.com"}


@bp.route("/")
def landing():
    return "landing"


def allowed_destination(url):
    parts = urlparse(url)
    return parts.scheme == "https" and parts.netloc in ALLOWED_HOSTS


@bp.route("/out")
def outbound():
    target = request.args.get("url", "")
    if not allowed_destination(target):
        target = url_for(".landing")
    return redirect(target)
