from flask import Blueprint, redirect

bp = Blueprint("bt00125", __name__, url_prefix="/bt00125")


@bp.route("/orders/<int:order_id>/open")
def open_order(order_id):
    return redirect(f"/orders/{order_id}")
