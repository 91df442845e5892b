import flask
import flask as f
import os.path
from flask import Flask as F, current_app
from flask import Flask
from helpers import *

a1 = flask.Flask(__name__)
a2 = f.Flask(__name__)
a3 = F(__name__)
not_app = object()
proxy = current_app._get_current_object()


def view(app: Flask, other):
    local = Flask("x")
    local.run()  # @local
    other.run()  # @other
    app.run()  # @param
    current_app.run()  # @current
    flask.current_app.run()  # @flaskcurrent
    a1.run()  # @global
    return local


def shadow():
    a1 = object()
    a1.run()  # @shadowed


def uses_global():
    global a2
    a2 = None
    a2.run()  # @globaldecl


a1.run()  # @a1
a2.run()  # @a2
a3.run()  # @a3
not_app.run()  # @notapp
proxy.run()  # @proxy
os.path.join("a", "b")  # @ospath
helper_app.run()  # @star
view(a1, a1).run()  # @viewcall
undefined_name.run()  # @undefined
