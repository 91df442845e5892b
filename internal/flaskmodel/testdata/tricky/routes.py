from flask import request


def init_routes(app):
    @app.route("/inner", methods=["GET", "POST"])
    def inner():
        return request.get_json()

    app.add_url_rule("/inner2", view_func=inner, endpoint="inner2")
