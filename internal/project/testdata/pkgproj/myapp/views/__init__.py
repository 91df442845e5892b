from ..factory import create_app as make
from ..config import Config
from .. import base
from ...outside import thing

made = make()
made.run()  # @made
base.app.run()  # @baseapp
base.other.run()  # @baseother
