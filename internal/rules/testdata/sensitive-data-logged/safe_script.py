"""A stand-alone script (no Flask import): print talks to the operator."""

import secrets

token = secrets.token_urlsafe(32)
print("your API token:", token)
