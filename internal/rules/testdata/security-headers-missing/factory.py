from flask import Blueprint, Flask

bp = Blueprint("shop", __name__)


@bp.route("/cart")
def cart():
    return "cart"


@bp.after_request
def only_for_the_blueprint(resp):
    # a blueprint's own hook covers the blueprint's routes, not the app
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


def create_app():
    app = Flask(__name__)  # want: FG0801
    app.register_blueprint(bp)

    @app.route("/health")
    def health():
        return "ok"

    return app
