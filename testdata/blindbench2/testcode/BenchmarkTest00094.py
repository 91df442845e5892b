import subprocess

from flask import Blueprint
from flask.views import MethodView

from testcode.common import logged

bp = Blueprint("BenchmarkTest00094", __name__)


class ProbeView(MethodView):
    decorators = [logged]

    def get(self, host):
        target = "127.0.0.1"
        if "x" in "abc":
            target = host
        done = subprocess.run(f"echo {target}", shell=True, capture_output=True, text=True)
        return done.stdout, 200, {"Content-Type": "text/plain"}


bp.add_url_rule("/BenchmarkTest00094/<path:host>", view_func=ProbeView.as_view("probe"))
