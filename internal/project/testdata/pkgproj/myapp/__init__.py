from .factory import create_app
from . import views
from .base import app as base_app
