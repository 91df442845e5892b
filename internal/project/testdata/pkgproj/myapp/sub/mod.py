from ..config import ProductionConfig
from . import sibling
from .sibling import value
