from flask import Blueprint, request
from flask.views import MethodView
from lxml import etree

bp = Blueprint("BenchmarkTest00095", __name__)


class FeedReader:
    def __init__(self):
        self.options = {"resolve_entities": False, "no_network": True}

    def titles(self, stream):
        tree = etree.parse(stream, etree.XMLParser(**self.options))
        return [t.text for t in tree.iter("title")]


class FeedView(MethodView):
    def post(self):
        upload = request.files.get("feed")
        if upload is None:
            return "no feed", 400
        return {"titles": FeedReader().titles(upload.stream)}


bp.add_url_rule("/BenchmarkTest00095", view_func=FeedView.as_view("feed"))
