"""Safe look-alikes: defaults and strong settings."""

import hashlib
import os

import bcrypt
from flask import Flask
from passlib.context import CryptContext
from werkzeug.security import generate_password_hash

app = Flask(__name__)


def hashes(password, salt):
    return [
        generate_password_hash(password),
        generate_password_hash(password, method="scrypt"),
        generate_password_hash(password, method="scrypt:65536:8:1"),
        generate_password_hash(password, method="pbkdf2"),
        generate_password_hash(password, method="pbkdf2:sha256"),
        generate_password_hash(password, method="pbkdf2:sha256:1000000"),
        generate_password_hash(password, method=os.environ.get("HASH_METHOD", "scrypt")),
        hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000),
        hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 210000),
        hashlib.pbkdf2_hmac("sha256", password.encode(), salt, int(os.environ["ITERATIONS"])),
        bcrypt.gensalt(),
        bcrypt.gensalt(rounds=12),
        bcrypt.gensalt(14),
    ]


modern = CryptContext(schemes=["argon2", "bcrypt"])
migrating = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated="auto")
migrating_listed = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated=["md5_crypt"])
sha_crypt = CryptContext(schemes=["pbkdf2_sha256", "sha512_crypt"])

if app.testing:
    app.config["BCRYPT_LOG_ROUNDS"] = 4
app.config.update(TESTING=True, BCRYPT_LOG_ROUNDS=4)


def configure_for_tests(app):
    app.config["BCRYPT_LOG_ROUNDS"] = 4


class Hasher:
    def generate_password_hash(self, password, method):
        return method + password


def gensalt(rounds):
    return rounds


Hasher().generate_password_hash("x", method="md5")
gensalt(4)
