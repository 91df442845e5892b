from flask import Blueprint, render_template, request

bp = Blueprint("admin", __name__, template_folder="templates")


@bp.route("/widget")
def widget():
    # Loads shop/templates/widget.html (shop was registered first), not
    # this blueprint's own widget.html.
    return render_template("widget.html", q=request.args["q"])


@bp.route("/page")
def page():
    # Loads the app's templates/page.html.
    return render_template("page.html", q=request.args["q"])


@bp.route("/dashboard")
def dashboard():
    return render_template(
        "admin/dashboard.html",
        q=request.args["q"],  # want: FG0604 FG0604
    )
