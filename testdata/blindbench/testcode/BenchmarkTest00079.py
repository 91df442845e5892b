from flask import Blueprint, request
from markupsafe import Markup

bp = Blueprint("bt00079", __name__, url_prefix="/bt00079")


@bp.route("/card")
def profile_card():
    nick = request.args.get("nick", "")
    card = Markup("<div class='card'><b>{}</b></div>").format(nick)
    return str(card)
