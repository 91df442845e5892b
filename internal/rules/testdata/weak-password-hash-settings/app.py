import os

from flask import Flask

from config import ProductionConfig, TestingConfig

app = Flask(__name__)
app.config.from_object(TestingConfig if os.environ.get("TESTING") else ProductionConfig)
