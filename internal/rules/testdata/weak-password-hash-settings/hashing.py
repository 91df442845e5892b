"""Password hashing with weak methods or too little work."""

import hashlib

import bcrypt
from flask import Flask
from flask_bcrypt import Bcrypt
from passlib.context import CryptContext
from passlib.hash import md5_crypt
from werkzeug.security import generate_password_hash

app = Flask(__name__)
bcrypt_ext = Bcrypt(app)
LOW_ITERATIONS = 1000


def hashes(password):
    return [
        generate_password_hash(password, method="md5"),  # want: FG0902[high]
        generate_password_hash(password, method="sha256"),  # want: FG0902[high]
        generate_password_hash(password, "plain"),  # want: FG0902[high]
        generate_password_hash(password, method="pbkdf2:sha256:50000"),  # want: FG0902[high]
        generate_password_hash(password, method="pbkdf2:sha256:260000"),  # want: FG0902[medium]
        generate_password_hash(password, method="pbkdf2:sha1"),  # want: FG0902[medium]
        generate_password_hash(password, method="scrypt:4096:8:1"),  # want: FG0902[medium]
        hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 10000),  # want: FG0902[high]
        hashlib.pbkdf2_hmac("sha512", password.encode(), b"salt", iterations=150_000),  # want: FG0902[medium]
        hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", LOW_ITERATIONS),  # want: FG0902[high]
        bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=6)),  # want: FG0902[high]
        bcrypt.hashpw(password.encode(), bcrypt.gensalt(10)),  # want: FG0902[low]
        bcrypt_ext.generate_password_hash(password, 8),  # want: FG0902[high]
        md5_crypt.hash(password),  # want: FG0902[high]
    ]


pwd_context = CryptContext(schemes=["md5_crypt", "bcrypt"])  # want: FG0902[high]
legacy_context = CryptContext(schemes=["bcrypt", "des_crypt"])  # want: FG0902[low]
string_schemes = CryptContext(schemes="plaintext,bcrypt")  # want: FG0902[high]
default_context = CryptContext(schemes=["bcrypt", "ldap_salted_sha1"], default="ldap_salted_sha1")  # want: FG0902[high]

app.config["BCRYPT_LOG_ROUNDS"] = 4  # want: FG0902[high]
app.config.update(BCRYPT_LOG_ROUNDS=11)  # want: FG0902[low]
