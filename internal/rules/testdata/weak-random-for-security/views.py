"""Predictable random values in request handlers and for secrets."""

import random
import secrets
import string
import time
from random import choice, randint

import numpy as np
from flask import Blueprint, Flask, g, make_response, render_template, request, session
from flask.views import MethodView

app = Flask(__name__)
bp = Blueprint("game", __name__)

ALPHABET = string.ascii_letters + string.digits
LETTERS = ["a", "b", "c"]
TIPS = ["Use search to find notes.", "Notes can be exported."]


@app.route("/reset", methods=["POST"])
def reset():
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # want: FG0402[medium]
    send_mail(request.form["email"], token)
    return "sent"


@bp.get("/roll")
def roll():
    return {"dice": random.randint(1, 6)}  # want: FG0402[low]


@bp.post("/letters")
def letters():
    return {"letter": random.choice(LETTERS)}  # want: FG0402[low]


@app.route("/verify")
def verify():
    value = random.random()  # want: FG0402[medium]
    remember_me_key = str(value)[2:]
    resp = make_response("ok")
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True)
    return resp


@app.route("/otp")
def otp():
    session["otp"] = randint(100000, 999999)  # want: FG0402[medium]
    session["pick"] = choice(LETTERS)  # want: FG0402[low]
    return "ok"


@app.route("/np")
def numpy_values():
    rng = np.random.default_rng()
    return {"a": np.random.rand(), "b": rng.integers(10)}  # want: FG0402[low] FG0402[low]


@app.route("/tip")
def tip_page():
    return render_template("index.html", tip=random.choice(TIPS), quotes=random.sample(TIPS, 1))


@app.route("/helper")
def helper_view():
    return make_code()


def make_code():
    return str(random.getrandbits(32))  # want: FG0402[low]


def init(application):
    @application.route("/benchmark/weakrand-00/BenchmarkTest00001", methods=["POST"])
    def benchmark_test_00001_post():
        import random as rnd

        num = rnd.getrandbits(32)  # want: FG0402[low]
        return str(num)

    @application.route("/benchmark/weakrand-00/BenchmarkTest00002", methods=["POST"])
    def benchmark_test_00002_post():
        rng = random.Random()
        return str(rng.uniform(0, 1))  # want: FG0402[low]


def legacy_view():
    return str(random.random())  # want: FG0402[low]


app.add_url_rule("/legacy", view_func=legacy_view)


@app.before_request
def assign_bucket():
    g.bucket = random.randint(0, 9)  # want: FG0402[low]


class Api(MethodView):
    def get(self):
        return {"n": random.triangular()}  # want: FG0402[low]


def send_mail(to, body):
    pass


def generate_api_key():
    # Not reached from a view, but its name says what it makes.
    return "".join(random.choices(ALPHABET, k=40))  # want: FG0402[medium]


def new_user(name):
    salt = random.randbytes(16)  # want: FG0402[medium]
    chars = list(ALPHABET)
    random.shuffle(chars)  # want: FG0402[medium]
    password = "".join(chars[:12])
    return {"name": name, "salt": salt, "password": password, "reset_token": random.random()}  # want: FG0402[medium]


def user_record(name):
    return dict(name=name, api_key=random.getrandbits(128))  # want: FG0402[medium]


def verification_code():
    code = ""
    for _ in range(6):
        code += str(random.randrange(10))  # want: FG0402
    return code


@app.route("/lucky")
def lucky():
    # Seeding from the clock is no request for repeatable numbers.
    random.seed(time.time())
    return str(random.randint(1000, 9999))  # want: FG0402[low]


@app.route("/apikey-live", methods=["POST"])
def live_api_key():
    if len("key") < 5:
        key = "%032x" % random.getrandbits(128)  # want: FG0402
    else:
        key = secrets.token_hex(16)
    return {"key": key}
