from flask import Blueprint, request, render_template_string
from markupsafe import Markup

bp = Blueprint("bt00011", __name__, url_prefix="/bt00011")


@bp.route("/welcome")
def welcome_banner():
    name = request.args.get("name", "friend")
    banner = Markup("<strong>Welcome back, " + name + "!</strong>")
    return render_template_string("<div class='banner'>{{ banner }}</div>", banner=banner)
