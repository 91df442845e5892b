"""Safe look-alikes: cryptographic generators, random outside request
handling with neutral names, and seeding."""

import os
import random
import secrets
import uuid
from random import SystemRandom

import click
from flask import Flask

app = Flask(__name__)
sysrand = SystemRandom()


@app.route("/token")
def token():
    rng = random.SystemRandom()
    return {
        "token": secrets.token_urlsafe(32),
        "n": rng.randint(1, 6),
        "c": random.SystemRandom().choice("abc"),
        "p": sysrand.random(),
        "b": os.urandom(16).hex(),
        "u": str(uuid.uuid4()),
        "k": secrets.choice("abcdef"),
    }


@app.route("/seed")
def seed():
    random.seed(42)
    return "ok"


@app.route("/noise/<int:n>")
def noise(n):
    # Reproducible test data: the caller may pick the seed.
    if "seed" in request.args:
        random.seed(int(request.args["seed"]))
    return bytes(random.randint(0, 255) for _ in range(n))


@app.route("/noise-stream/<int:n>")
def noise_stream(n):
    random.seed(7)

    def chunks():
        for _ in range(n):
            yield bytes([random.randrange(256)])

    return app.response_class(chunks())


def shuffle_deck(deck):
    # A game helper that no view calls.
    random.shuffle(deck)
    return deck


def simulate(n):
    return [random.gauss(0, 1) for _ in range(n)]


@app.cli.command("fixtures")
@click.argument("count")
def fixtures(count):
    for _ in range(int(count)):
        print(random.randint(1, 100), random.choice(["alice", "bob"]))


def ordering(items):
    return sorted(items, key=lambda _: random.random())


def token_length():
    token_length = random.randint(16, 32)
    return token_length


def sample_rows(rows):
    cache_key = random.choice(rows)
    return cache_key


# random.choice(alphabet) for a token: named in a comment only
DOC = "never use random.random() for a session token"


@app.route("/apikey", methods=["POST"])
def new_api_key():
    # A view that reads no request data still has its dead branches
    # pruned: len("key") is 3, so the Mersenne Twister never runs.
    if len("key") > 5:
        key = "%032x" % random.getrandbits(128)
    else:
        key = secrets.token_hex(16)
    return {"key": key}
