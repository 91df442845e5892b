from flask import Flask, render_template, request
from flask_jwt_extended import JWTManager, jwt_required
from flask_seasurf import SeaSurf
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import StringField

# read-only: nothing to forge
readonly = Flask(__name__)


@readonly.get("/")
def home():
    return render_template("home.html")


# every POST validates a FlaskForm, which checks the CSRF token
forms = Flask(__name__)


class ContactForm(FlaskForm):
    email = StringField("email")


@forms.route("/contact", methods=["GET", "POST"])
def contact():
    form = ContactForm()
    if form.validate_on_submit():
        return "thanks"
    return render_template("contact.html", form=form)


# a token API: browsers never attach the Authorization header on their own
api = Flask(__name__)
JWTManager(api)


@api.post("/api/items")
@jwt_required()
def create_item():
    return request.get_json()


# SeaSurf protects this one
surf = Flask(__name__)
SeaSurf(surf)


@surf.post("/vote")
def vote():
    return request.form["choice"]


# CSRFProtect switched off by configuration is FG0502's business
off = Flask(__name__)
off.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(off)


@off.post("/comment")
def comment():
    return request.form["text"]
