from flask import Blueprint, render_template, request

bp = Blueprint("shop", __name__, template_folder="templates")


@bp.route("/widget")
def widget():
    return render_template("widget.html", q=request.args["q"])
