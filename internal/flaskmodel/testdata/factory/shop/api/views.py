from flask import request
from flask.views import MethodView
from flask_login import login_required


class OrderAPI(MethodView):
    decorators = [login_required]

    def get(self, order_id=None):
        return {"orders": []}

    def post(self):
        return request.form, 201

    def put(self, order_id):
        return request.get_json()
