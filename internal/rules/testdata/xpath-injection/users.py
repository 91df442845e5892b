from xml.etree import ElementTree as ET

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    found = TREE.xpath("//user[@name='" + name + "']")  # want: FG0609
    return str(len(found))


@app.route("/find")
def find():
    root = ET.parse("users.xml").getroot()
    node = root.find(".//user[@id='%s']" % request.args["id"])  # want: FG0609
    return node.text


@app.route("/compiled")
def compiled():
    expr = etree.XPath("//item[@tag='{}']".format(request.args["tag"]))  # want: FG0609
    return str(expr(TREE))
