from flask import Blueprint, make_response, request

bp = Blueprint("bt00072", __name__, url_prefix="/bt00072")

COMMENTS = []


@bp.route("/comments", methods=["POST"])
def post_comment():
    comment = request.form.get("comment", "")
    COMMENTS.append(comment)
    html = "<ul>" + "".join("<li>" + c + "</li>" for c in COMMENTS[-5:]) + "</ul>"
    resp = make_response(html, 201)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
