"""MD5 and SHA-1 of a password: a broken algorithm used for security
(FG0905) and a password hash without a work factor (FG0901)."""

import hashlib

import bcrypt


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()  # want: FG0901 FG0905[medium]


def hash_with_update(password, salt):
    h = hashlib.sha1()  # want: FG0905[medium]
    h.update(salt + password)  # want: FG0901
    return h.hexdigest()


def hash_by_name(password):
    return hashlib.new("md5", password.encode()).hexdigest()  # want: FG0901 FG0905[medium]


def prehash(password):
    # A pre-hash is no FG0901 finding, but MD5 is still a weak choice there.
    return bcrypt.hashpw(hashlib.md5(password.encode()).digest(), bcrypt.gensalt())  # want: FG0905[medium]


def reset_token_digest(token):
    return hashlib.sha1(token.encode()).hexdigest()  # want: FG0905[medium]
