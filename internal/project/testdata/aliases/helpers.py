from flask import Flask

helper_app = Flask("helpers")
