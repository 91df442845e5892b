import os

from flask import Blueprint, abort, request
from flask.views import MethodView

from testcode.common import FILES_DIR

bp = Blueprint("BenchmarkTest00091", __name__)


class DocumentView(MethodView):
    root = os.path.realpath(FILES_DIR)

    def get(self):
        name = request.values.get("doc", "readme.txt")
        full = os.path.realpath(os.path.join(self.root, name))
        if not full.startswith(self.root + os.sep):
            abort(403)
        try:
            with open(full, encoding="utf-8") as fh:
                return fh.read(), 200, {"Content-Type": "text/plain"}
        except OSError:
            abort(404)


bp.add_url_rule("/BenchmarkTest00091", view_func=DocumentView.as_view("document"))
