"""Safe look-alikes: strong hashes, hashes declared not for security, and
weak algorithms only named in text."""

import hashlib
import hmac

from Crypto.Hash import SHA256
from cryptography.hazmat.primitives import hashes

# hashlib.md5 is broken: never use md5 or sha1 for signatures.
DOC = "hashlib.md5(data) and hashlib.new('sha1') are weak"
ALGORITHMS = ["md5", "sha1"]


def strong(data):
    return (
        hashlib.sha256(data).hexdigest(),
        hashlib.sha384(data).hexdigest(),
        hashlib.sha512(data).hexdigest(),
        hashlib.sha3_256(data).hexdigest(),
        hashlib.blake2b(data).hexdigest(),
        hashlib.blake2s(data).hexdigest(),
        hashlib.new("sha256", data).hexdigest(),
        hashlib.new("SHA512").hexdigest(),
        hashlib.new("sha3_512").hexdigest(),
    )


def cache_key(url):
    # Not a security control, and declared so.
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def etag(body):
    return hashlib.sha1(body, usedforsecurity=False).hexdigest()


def legacy_id(data):
    return hashlib.new("md5", data, usedforsecurity=False).hexdigest()


def dynamic(name, data):
    return hashlib.new(name, data).hexdigest()


def mac(key, body):
    return hmac.new(key, body, hashlib.sha256).hexdigest(), hmac.digest(key, body, "sha512")


def others(data):
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return SHA256.new(data).hexdigest(), digest.finalize()


class Hasher:
    def md5(self, data):
        return data

    def sha1(self, data):
        return data


def methods_named_md5(data):
    h = Hasher()
    return h.md5(data), h.sha1(data)


def md5(data):
    # A project function named md5 is not hashlib's.
    return data


def uses_local_md5(data):
    return md5(data)
