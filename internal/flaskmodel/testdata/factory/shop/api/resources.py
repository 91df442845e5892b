from flask import request
from flask_login import login_required
from flask_restful import Resource

from ..decorators import api_key_required


class ItemList(Resource):
    method_decorators = [api_key_required]

    def get(self):
        return []

    def post(self):
        return request.get_json(), 201


class Item(Resource):
    method_decorators = {"delete": [login_required]}

    def get(self, item_id):
        return {"id": item_id}

    def delete(self, item_id):
        return "", 204
