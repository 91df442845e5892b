from flask import Blueprint, request, jsonify

bp = Blueprint("bt00008", __name__, url_prefix="/bt00008")


def apply_rule(rule_src, amount):
    scope = {"amount": amount}
    exec("discount = " + rule_src, {}, scope)
    return scope.get("discount", 0)


@bp.route("/pricing", methods=["POST"])
def pricing():
    data = request.get_json(force=True)
    rule = data.get("rule", "0")
    amount = float(data.get("amount", 0))
    return jsonify(discount=str(apply_rule(rule, amount)))
