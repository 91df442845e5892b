"""Small helpers the test cases call: escaping, pass-through, constants."""

import html
import os

# The folder the path traversal cases are meant to stay inside.
TESTFILES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "testfiles")

# Header names that every client sends; the header-name source skips them.
COMMON_HEADERS = frozenset({
    "accept",
    "accept-charset",
    "accept-encoding",
    "accept-language",
    "cache-control",
    "connection",
    "content-length",
    "content-type",
    "cookie",
    "host",
    "origin",
    "pragma",
    "referer",
    "te",
    "upgrade-insecure-requests",
    "user-agent",
})


def escape_for_html(value):
    """Escape value for HTML text and attribute contexts."""
    return html.escape(value, quote=True)


def passthrough(value):
    """Return value unchanged."""
    return value


def constant(value):
    """Ignore value and return a fixed string."""
    return "helper_constant"
