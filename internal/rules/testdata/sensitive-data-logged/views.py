"""Views that write credentials and whole request bodies to the log."""

from flask import Blueprint, current_app, request

bp = Blueprint("auth", __name__)


@bp.post("/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    current_app.logger.debug("registering %s with password %s", username, password)  # want: FG1101[high]
    current_app.logger.info("login attempt: %s", request.form)  # want: FG1101[medium]
    current_app.logger.info("payload %s", request.get_json())  # want: FG1101[medium]
    current_app.logger.info("json %s", request.json)  # want: FG1101
    current_app.logger.debug("raw body %r", request.get_data(as_text=True))  # want: FG1101
    current_app.logger.debug("headers %s", dict(request.headers))  # want: FG1101[medium]
    current_app.logger.debug("cookies %s", request.cookies)  # want: FG1101[high]
    current_app.logger.debug("environ %s", request.environ)  # want: FG1101
    current_app.logger.debug("fields %s", request.values.to_dict())  # want: FG1101
    current_app.logger.debug("basic auth %s", request.authorization)  # want: FG1101[high]
    return "ok"


@bp.post("/api/login")
def api_login():
    data = request.get_json()
    current_app.logger.info("api login %s", data)  # want: FG1101
    pw = request.json["password"]
    current_app.logger.info("pw %s", pw)  # want: FG1101
    current_app.logger.info("auth header %s", request.headers.get("Authorization"))  # want: FG1101
    current_app.logger.info("api key %s", request.headers["X-Api-Key"])  # want: FG1101
    current_app.logger.info("session cookie %s", request.cookies.get("session"))  # want: FG1101
    current_app.logger.info("cookie header %s", request.headers.get("Cookie"))  # want: FG1101
    current_app.logger.info("secret %s", current_app.config["SECRET_KEY"])  # want: FG1101
    current_app.logger.info("token %s", current_app.config.get("BOOKS_API_TOKEN"))  # want: FG1101
    current_app.logger.info("config %s", current_app.config)  # want: FG1101[medium]
    current_app.logger.info("card %s", data.get("card_number"))  # want: FG1101
    current_app.logger.info("cvv %s", data["cvv"])  # want: FG1101
    current_app.logger.info("ssn %s", data["ssn"])  # want: FG1101
    current_app.logger.info("basic password %s", request.authorization.password)  # want: FG1101
    return "ok"


class User:
    password = ""
    api_token = ""


def change(user: User, form):
    current_app.logger.info("user %s has password %s", user.id, user.password)  # want: FG1101
    current_app.logger.info("new password %s", form.new_password.data)  # want: FG1101
    current_app.logger.warning(f"token for {user.id}: {user.api_token}")  # want: FG1101
    current_app.logger.warning(
        "multi-line call",
        user.password,  # want: FG1101
    )
