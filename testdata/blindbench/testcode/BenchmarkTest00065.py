import random
from flask import Blueprint, jsonify

bp = Blueprint("bt00065", __name__, url_prefix="/bt00065")

QUESTIONS = [
    "What is the capital of France?",
    "How many legs does a spider have?",
    "What colour is a ripe banana?",
    "Which planet is known as the red planet?",
]


@bp.route("/quiz")
def quiz():
    order = list(QUESTIONS)
    random.shuffle(order)
    return jsonify(questions=order)
