from flask import Blueprint, request
from flask_restful import Api

from ..extensions import csrf
from .resources import Item, ItemList
from .views import OrderAPI

api_bp = Blueprint("api", __name__)
api = Api(api_bp)
api.add_resource(ItemList, "/items")
api.add_resource(Item, "/items/<int:item_id>", endpoint="item")

order_view = OrderAPI.as_view("orders")
api_bp.add_url_rule("/orders", view_func=order_view)
api_bp.add_url_rule("/orders/<uuid:order_id>", view_func=OrderAPI.as_view("order"), methods=["GET", "PUT"])


@api_bp.post("/webhook")
@csrf.exempt
def webhook():
    payload = request.get_json(silent=True)
    return {"received": bool(payload)}
