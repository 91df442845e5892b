"""Safe look-alikes: fast hashes of data that is not a password, and slow hashes."""

import base64
import hashlib
import hmac
import os

import bcrypt
from flask import request


def etag(data):
    return hashlib.sha256(data).hexdigest()


def file_digest(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def cache_key(user_id, page):
    return hashlib.sha1(f"{user_id}:{page}".encode()).hexdigest()


def reset_token_digest(token):
    # Reset tokens are random: a fast hash is the recommended way to store them.
    return hashlib.sha256(token.encode()).hexdigest()


def password_reset_token_hash(password_reset_token):
    return hashlib.sha256(password_reset_token.encode()).hexdigest()


def remember_digest(user):
    # A digest of the stored hash, as Flask-Login alternative ids use.
    return hashlib.sha256(user.password_hash.encode()).hexdigest()


def kdf(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def kdf_scrypt(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1)


def prehash_bcrypt(password):
    # bcrypt reads 72 bytes at most: pre-hashing is the usual way around it.
    return bcrypt.hashpw(base64.b64encode(hashlib.sha256(password.encode()).digest()), bcrypt.gensalt())


def prehash_via_variable(password):
    prehashed = base64.b64encode(hashlib.sha256(password.encode()).digest())
    return bcrypt.hashpw(prehashed, bcrypt.gensalt())


def verify(stored, supplied):
    return hmac.compare_digest(stored, supplied)


def pepper(password):
    return hmac.new(os.environ["PEPPER"].encode(), password.encode(), hashlib.sha256).hexdigest()


def gravatar(email):
    return hashlib.md5(email.strip().lower().encode()).hexdigest()


def strength(password):
    return len(password) >= 12


def min_length_key(password_min_length):
    return hashlib.sha1(str(password_min_length).encode()).hexdigest()


def upload_id():
    return hashlib.sha256(request.files["file"].read()).hexdigest()


class Digests:
    def md5(self, value):
        return value


digests = Digests()
digests.md5(request.form.get("password"))
