"""Passwords hashed with fast general-purpose hashes."""

import hashlib
import hashlib as hl
from hashlib import sha256 as h256

from flask import Flask, current_app, request

app = Flask(__name__)


def hash_password(password):
    salt = current_app.config["SECURITY_PASSWORD_SALT"]
    return hashlib.md5((salt + password).encode("utf-8")).hexdigest()  # want: FG0901


def hash_pw_sha1(pw):
    return hashlib.sha1(pw.encode()).hexdigest()  # want: FG0901


@app.post("/register")
def register():
    digest = hashlib.sha256(request.form["password"].encode()).hexdigest()  # want: FG0901
    raw = request.json.get("password", "")
    encoded = raw.encode("utf-8")
    h = hashlib.sha512()
    h.update(encoded)  # want: FG0901
    other = h256(f"{request.form['new_password']}:{digest}".encode())  # want: FG0901
    via_new = hashlib.new("sha256", request.form["password"].encode())  # want: FG0901
    blake = hl.blake2b(raw.encode(), digest_size=32)  # want: FG0901
    salted = hashlib.sha256("%s%s" % (current_app.config["SALT"], raw)).hexdigest()  # want: FG0901
    return digest + other.hexdigest() + via_new.hexdigest() + blake.hexdigest() + salted


class User:
    def set_password(self, passwd):
        self.pw_hash = hashlib.sha3_256(passwd.encode()).hexdigest()  # want: FG0901


def check(form, user):
    candidate = hashlib.md5(form.password.data.encode()).hexdigest()  # want: FG0901
    return candidate == user.pw_hash
