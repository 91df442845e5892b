from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("users.xml")


@app.route("/safe/user")
def user():
    found = TREE.xpath("//user[@name=$name]", name=request.args["name"])
    return str(len(found))


@app.route("/safe/id/<int:uid>")
def by_id(uid):
    return str(TREE.xpath("//user[@id=%d]" % uid))


@app.route("/safe/search")
def search():
    term = request.args["q"]
    return str("users".find(term))
