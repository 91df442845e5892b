"""WSGI entry point for gunicorn (see Procfile)."""
from werkzeug.debug import DebuggedApplication

from app import app

# keep the interactive tracebacks on the beta server until the launch
application = DebuggedApplication(app, evalex=True)
