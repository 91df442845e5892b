from flask import Response, request

from app import app


def render_badge(display_name, level):
    return "<span class='badge level-%s'>%s</span>" % (level, display_name)


@app.route("/bt00060/badge")
def badge():
    display = request.cookies.get("display_name", "anonymous")
    return Response(render_badge(display, 3), mimetype="text/html")
