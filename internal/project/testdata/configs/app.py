import os

import config
from config import ProductionConfig
from flask import Flask

app = Flask(__name__)
app.config.from_object(ProductionConfig)  # @class
app.config.from_object("config.StagingConfig")  # @string
app.config.from_object(config.BaseConfig)  # @attr
app.config.from_object("settings")  # @module
app.config.from_object(os.environ.get("APP_SETTINGS", "config.ProductionConfig"))  # @env
configs = {"prod": ProductionConfig, "stage": config.StagingConfig}
app.config.from_object(configs["prod"])  # @dictkey
app.config.from_object(configs.get("stage"))  # @dictget


def make(env):
    app.config.from_object(configs[env])  # @dictall


def make2(cfg=config.StagingConfig):
    app.config.from_object(cfg)  # @paramdefault


app.config.from_object(__name__)  # @self
app.config.from_object(config)  # @modobj
app.config.from_object(os.environ["APP_SETTINGS"])  # @unknown
