"""Algorithms chosen through variables, branches and helpers, which the taint
engine folds in the views it analyses, and calls in branches that never run."""

import hashlib
import hmac

from flask import Flask, request

app = Flask(__name__)

LEGACY = False
COMPAT = False


def enable_compat():
    global COMPAT
    COMPAT = True


def digest_with(algo, data):
    # Only analysed for the calls of the views below: every call passes md5.
    return hashlib.new(algo, data).hexdigest()  # want: FG0905[low]


@app.post("/chosen")
def chosen():
    data = request.get_data()
    options = "ABC"
    pick = options[0]
    if pick == "A":
        algo = "md5"
    elif pick == "B":
        algo = "sha256"
    else:
        algo = "sha512"
    h = hashlib.new(algo)  # want: FG0905[low]
    h.update(data)
    table = {"fast": "sha1", "safe": "sha256"}
    name = table["fast"]
    by_key = hashlib.new(name, data)  # want: FG0905[low]
    mac = hmac.new(b"key", data, hashlib.sha1 if len(options) == 3 else hashlib.sha256)  # want: FG0905[low]
    return h.hexdigest() + by_key.hexdigest() + mac.hexdigest() + digest_with("md5", data)


@app.post("/legacy")
def legacy_view():
    data = request.get_data()
    if COMPAT:
        # enable_compat() may have run: this branch is live.
        return hashlib.md5(data).hexdigest()  # want: FG0905[low]
    return digest_with("md5", data)


# Safe look-alikes: the same calls where the engine shows a strong
# algorithm, a declared non-security use, or code that never runs.


@app.post("/strong")
def strong_choice():
    data = request.get_data()
    options = "ABC"
    pick = options[1]
    if pick == "A":
        algo = "md5"
    else:
        algo = "sha256"
    h = hashlib.new(algo)
    h.update(data)
    algo2 = "md5"

    def harden():
        nonlocal algo2
        algo2 = "sha256"

    harden()
    rebound = hashlib.new(algo2, data)
    made = hashlib.md5(data) if 2 > 3 else hashlib.sha256(data)
    made.update(data)
    return h.hexdigest() + rebound.hexdigest() + made.hexdigest()


@app.post("/dead")
def dead_branches():
    data = request.get_data()
    if LEGACY:
        return hashlib.md5(data).hexdigest()
    if (7 * 6) > 100:
        return hashlib.sha1(data).hexdigest()
    count = 0
    while count > 5:
        data = hashlib.md5(data).digest()
    for_cache = False
    return hashlib.md5(data, usedforsecurity=for_cache).hexdigest()
