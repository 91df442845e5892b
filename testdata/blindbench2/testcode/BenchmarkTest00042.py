from flask import Blueprint, request
from lxml import etree

from testcode.common import load_directory

bp = Blueprint("BenchmarkTest00042", __name__)


class MemberFinder:
    def __init__(self, name):
        self.name = name
        self.expr = etree.XPath("//user[role='member' and name='" + name + "']/email/text()")

    def emails(self, tree):
        return [str(e) for e in self.expr(tree)]


@bp.route("/BenchmarkTest00042")
def my_email():
    try:
        finder = MemberFinder(request.cookies.get("who", "alice"))
    except etree.XPathSyntaxError:
        return "bad name", 400
    return {"emails": finder.emails(load_directory())}
