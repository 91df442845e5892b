"""Generators chosen through variables, branches, containers and loops,
which the taint engine follows in the views it analyses."""

import random

from flask import Flask, make_response, request, session

app = Flask(__name__)

ISSUE_DEBUG_TOKENS = False


def fill_token(rng):
    # Only analysed for the call below, which passes a random.Random().
    session["reset_token"] = str(rng.getrandbits(64))  # want: FG0402[medium]


@app.post("/picked")
def picked():
    user = request.form["user"]
    options = "ABC"
    pick = options[0]
    if pick == "A":
        rng = random.Random()
    else:
        rng = random.SystemRandom()
    resp = make_response("ok " + user)
    resp.set_cookie("rememberMe", "%x" % rng.getrandbits(64), secure=True, httponly=True)  # want: FG0402[medium]
    pool = [random.SystemRandom(), random.Random(), random.SystemRandom()]
    pool.pop(0)
    gen = pool[0]
    session["csrf_token"] = str(gen.randint(0, 2**31))  # want: FG0402[medium]
    try:
        fallback = random.SystemRandom()
        int("not a number")
    except ValueError:
        fallback = random.Random()
    session["otp"] = fallback.randrange(10**6)  # want: FG0402[medium]
    fill_token(random.Random())
    return resp


# Safe look-alikes: the same draws where the engine shows a cryptographic
# generator, or code that never runs.


@app.post("/strong")
def strong():
    user = request.form["user"]
    rng = random.Random()
    count = 0
    while count < 3:
        rng = random.SystemRandom()
        count += 1
    a, b = random.Random(), random.SystemRandom()
    a, b = b, a
    chosen = random.SystemRandom() if (7 * 18) - 106 < 100 else random.Random()
    session["csrf_token"] = str(a.randint(0, 2**31)) + str(chosen.random())
    resp = make_response("ok " + user)
    resp.set_cookie("rememberMe", "%x" % rng.getrandbits(64), secure=True, httponly=True)
    if ISSUE_DEBUG_TOKENS:
        session["debug_token"] = random.random()
    return resp
