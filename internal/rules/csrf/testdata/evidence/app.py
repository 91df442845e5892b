from flask import Blueprint, Flask, request
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
bp = Blueprint("hooks", __name__)


@bp.post("/webhook")
def webhook():
    return request.get_json()


def create_app():
    app = Flask(__name__)
    csrf.init_app(app)
    csrf.exempt(bp)
    app.register_blueprint(bp)

    @app.post("/comment")
    def comment():
        return request.form["text"]

    @app.get("/")
    def index():
        return "hi"

    return app
