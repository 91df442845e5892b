from flask import Blueprint, request, render_template_string

bp = Blueprint("bt00130", __name__, url_prefix="/bt00130")


@bp.route("/preview", methods=["POST"])
def preview_card():
    body = request.form.get("body", "")
    template = "<div class='card'>" + body + "</div>"
    return render_template_string(template)
