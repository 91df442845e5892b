"""Named for development: DEBUG = True is expected here."""

DEBUG = True
