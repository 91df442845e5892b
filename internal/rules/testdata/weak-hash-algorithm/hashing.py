"""Weak hash algorithms that must be reported."""

import hashlib
import hashlib as hl
import hmac
from hashlib import md5, sha1 as s1

from Crypto.Hash import MD5, SHA, SHA1
from Cryptodome.Hash import HMAC, MD4, RIPEMD160
from cryptography.hazmat.primitives import hashes
from flask import Flask, request

app = Flask(__name__)

ALGORITHM = "sha1"


def upload_id(data):
    return hashlib.md5(data).hexdigest()  # want: FG0905[low]


def fingerprint(data):
    h = hashlib.sha1()  # want: FG0905[info]
    h.update(data)
    return h.hexdigest()


def by_alias(data):
    return hl.md5(data).digest() + md5(data).digest() + s1(data).digest()  # want: FG0905[low] FG0905[low] FG0905[low]


def by_name(data):
    a = hashlib.new("md5", data)  # want: FG0905[low]
    b = hashlib.new("MD5")  # want: FG0905[low]
    c = hashlib.new(name="sha1", data=data)  # want: FG0905[low]
    d = hashlib.new(ALGORITHM)  # want: FG0905[low]
    e = hashlib.new("md4")  # want: FG0905[low]
    f = hashlib.new("ripemd160")  # want: FG0905[low]
    return a, b, c, d, e, f


def explicitly_for_security(data):
    return hashlib.md5(data, usedforsecurity=True).hexdigest()  # want: FG0905[medium]


def local_import(data):
    import hashlib as h2

    return h2.sha1(data).hexdigest()  # want: FG0905[low]


def file_checksum(path):
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "md5").hexdigest()  # want: FG0905[info]


def file_checksum_callable(path):
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, hashlib.sha1).hexdigest()  # want: FG0905[info]


def pycryptodome(data):
    a = MD5.new(data)  # want: FG0905[low]
    b = SHA.new(data)  # want: FG0905[low]
    c = SHA1.new(data)  # want: FG0905[low]
    d = MD4.new(data)  # want: FG0905[low]
    e = RIPEMD160.new(data)  # want: FG0905[low]
    return a, b, c, d, e


def with_cryptography(data):
    digest = hashes.Hash(hashes.MD5())  # want: FG0905[low]
    digest.update(data)
    other = hashes.Hash(hashes.SHA1())  # want: FG0905[low]
    return digest.finalize(), other


def sign(key, body):
    a = hmac.new(key, body, hashlib.md5).hexdigest()  # want: FG0905[low]
    b = hmac.new(key, body, digestmod="sha1").hexdigest()  # want: FG0905[low]
    c = hmac.digest(key, body, "md5")  # want: FG0905[low]
    d = HMAC.new(key, body).hexdigest()  # want: FG0905[low]
    e = HMAC.new(key, body, digestmod=MD5).hexdigest()  # want: FG0905[low]
    return a, b, c, d, e


class Fingerprinter:
    default = hashlib.md5(b"")  # want: FG0905[low]


@app.route("/checksum", methods=["POST"])
def checksum():
    value = request.form["value"]
    return hashlib.sha1(value.encode()).hexdigest()  # want: FG0905[info]
