"""Two apps with CSRFProtect. On site it checks every POST, so a form that
renders no token is rejected (400): a broken form, reported as Info. The
legacy app switches the check off in its config, so its form is forgeable
(Medium: the project keeps logins in the session)."""

from flask import Flask, render_template, session
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()

site = Flask("site")
csrf.init_app(site)

legacy = Flask("legacy")
legacy.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(legacy)


@site.route("/settings", methods=["GET", "POST"])
def settings():
    return render_template("site/settings.html", user=session.get("user"))


@legacy.route("/settings", methods=["GET", "POST"])
def legacy_settings():
    return render_template("legacy/settings.html", user=session.get("user"))
