from flask import Flask
from flask_session import Session

app = Flask(__name__)
app.config.update(
    SESSION_TYPE="redis",
    SESSION_SERIALIZATION_FORMAT="pickle",  # want: FG0409[medium]
)
Session(app)
