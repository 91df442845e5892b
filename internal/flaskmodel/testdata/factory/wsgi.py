"""Entry point for gunicorn: gunicorn wsgi:app."""
import os

from shop import create_app

app = create_app(os.environ.get("SHOP_ENV", "production"))
