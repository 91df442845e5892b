import random
from flask import jsonify

from app import app

TIPS = ["Use keyboard shortcuts", "Star your favourite items", "Try the dark theme"]


@app.route("/bt00132/tip")
def tip_of_the_day():
    return jsonify(tip=random.choice(TIPS), banner=random.randint(1, 3))
