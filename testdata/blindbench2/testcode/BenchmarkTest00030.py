from flask import Blueprint, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00030", __name__)


class Formula:
    def __init__(self, body):
        self.body = body
        self.scope = {}

    def run(self):
        code = "\n".join(line for line in ("x = 3", "y = " + self.body))
        exec(code, self.scope)
        return self.scope.get("y")


class FormulaView(MethodView):
    def post(self):
        payload = request.get_json(force=True)
        formula = Formula(payload.get("formula", "x"))
        return {"value": repr(formula.run())}


bp.add_url_rule("/BenchmarkTest00030", view_func=FormulaView.as_view("formula"))
