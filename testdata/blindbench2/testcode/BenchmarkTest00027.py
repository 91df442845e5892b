from flask import Blueprint, request
from lxml import etree

from testcode.common import load_directory

bp = Blueprint("BenchmarkTest00027", __name__)

FIND_EMAIL = etree.XPath("//user[role='member' and name=$who]/email/text()")


class MemberFinder:
    def __init__(self, name):
        self.name = name

    def emails(self, tree):
        return [str(e) for e in FIND_EMAIL(tree, who=self.name)]


@bp.route("/BenchmarkTest00027")
def my_email():
    finder = MemberFinder(request.cookies.get("who", "alice"))
    return {"emails": finder.emails(load_directory())}
