from flask import request, render_template_string

from app import app


@app.route("/bt00089/order/notice", methods=["POST"])
def order_notice():
    data = request.get_json(silent=True) or {}
    text = data.get("text", "")
    order_id = str(data.get("order_id", ""))
    text = "Order {{ order_id }} confirmed"
    return render_template_string(text, order_id=order_id)
