"""FG0905's severity follows what the digest is for: Medium when it
authenticates, signs or keys something or hashes a credential, Info when
only names of non-security uses (caches, ETags, checksums, path hashes)
say what it is, Low when nothing says."""

import hashlib
import hmac
import os

import jwt
from Crypto.Cipher import AES
from flask import Flask, request, send_file
from itsdangerous import URLSafeSerializer

app = Flask(__name__)
API_SECRET = os.environ["API_SECRET"]


# Medium: the digest protects something.


def reset_link(user):
    user.reset_token = hashlib.md5(os.urandom(16)).hexdigest()  # want: FG0905[medium]


def issue_api_token(user):
    setattr(user, "api_token", hashlib.sha1(os.urandom(16)).hexdigest())  # want: FG0905[medium]


def lastfm_signature(params):
    payload = "".join(k + v for k, v in sorted(params.items()))
    sig = hashlib.md5(payload.encode()).hexdigest()  # want: FG0905[medium]
    params["api_sig"] = sig
    return params


def api_request(params):
    return {"api_sig": hashlib.md5(params.encode()).hexdigest()}  # want: FG0905[medium]


@app.post("/webhook")
def webhook():
    body = request.get_data()
    if hashlib.sha1(body).hexdigest() != request.headers["X-Hub-Signature"]:  # want: FG0905[medium]
        return "bad", 403
    received = request.args["mac"]
    if not hmac.compare_digest(hashlib.md5(body).hexdigest(), received):  # want: FG0905[medium]
        return "bad", 403
    return "ok"


@app.get("/api")
def api():
    token = request.headers.get("Authorization", "")
    lookup = hashlib.sha1(token.encode()).hexdigest()  # want: FG0905[medium]
    auth = hashlib.md5(request.headers.get("Authorization", "").encode())  # want: FG0905[medium]
    return lookup + auth.hexdigest()


def encrypt(seed, data):
    # A bare "key", but then a cipher's key.
    key = hashlib.md5(seed.encode()).digest()  # want: FG0905[medium]
    return AES.new(key, AES.MODE_CBC).encrypt(data)


def new_salt():
    salt = hashlib.sha1(os.urandom(8)).hexdigest()[:5]  # want: FG0905[medium]
    return salt


def serializer(secret):
    return URLSafeSerializer(secret, salt=hashlib.md5(b"cookies").hexdigest())  # want: FG0905[medium]


def make_token(user_id):
    return hashlib.md5(str(user_id).encode()).hexdigest()  # want: FG0905[medium]


def encode_claims(claims):
    return jwt.encode(claims, hashlib.sha1(API_SECRET.encode()).hexdigest())  # want: FG0905[medium]


def cached_session(session_token):
    # A cache key, but of a credential: the credential decides.
    cache_key = hashlib.md5(session_token.encode()).hexdigest()  # want: FG0905[medium]
    return cache_key


# Info: only names of uses that protect nothing.


def page_cache_key(url):
    cache_key = hashlib.md5(url.encode()).hexdigest()  # want: FG0905[info]
    return cache_key


def lyrics_key(artist, title):
    unique = hashlib.md5((artist + title).lower().encode()).hexdigest()  # want: FG0905[info]
    cache_key = "lyrics-{}".format(unique)
    return cache_key


class PathMixin:
    def __init__(self, **kwargs):
        kwargs["_path_hash"] = hashlib.sha1(kwargs["path"].encode()).digest()  # want: FG0905[info]
        self.kwargs = kwargs

    def __setattr__(self, attr, value):
        object.__setattr__(self, attr, value)
        if attr == "path":
            object.__setattr__(self, "_path_hash", hashlib.sha1(value.encode()).digest())  # want: FG0905[info]

    def get_etag(self):
        return hashlib.md5(self.kwargs["path"].encode()).hexdigest()  # want: FG0905[info]


@app.get("/file/<name>")
def download(name):
    body = open(name, "rb").read()
    etag = hashlib.md5(body).hexdigest()  # want: FG0905[info]
    if etag == request.headers.get("If-None-Match"):
        return "", 304
    return send_file(name, etag=hashlib.sha1(body).hexdigest())  # want: FG0905[info]


def store_upload(chunks):
    h = hashlib.sha1()  # want: FG0905[info]
    for chunk in chunks:
        h.update(chunk)
    file_hash = h.hexdigest()
    return file_hash


# Low: nothing says what the digest is for (near-misses of both sides).


def cached_page(url, cache, page):
    # A bare "key" is a dictionary key as often as a cryptographic one.
    key = hashlib.md5(url.encode()).hexdigest()  # want: FG0905[low]
    cache.set(key, page)


def same_upload(data, expected):
    digest = hashlib.md5(data).hexdigest()  # want: FG0905[low]
    return digest == expected


def not_blocklisted(host, get_blocklist):
    # Matching a list published as MD5 digests.
    result_hash = hashlib.md5(host.encode()).hexdigest()  # want: FG0905[low]
    return result_hash not in get_blocklist()


def H(data):
    # HTTP Digest authentication mandates MD5; nothing here says so.
    return hashlib.md5(data).hexdigest()  # want: FG0905[low]


def signed_hmac(key, body):
    # An HMAC stays Low whatever it is for: HMAC-MD5 is not broken as a MAC.
    signature = hmac.new(key, body, hashlib.md5).hexdigest()  # want: FG0905[low]
    return signature
