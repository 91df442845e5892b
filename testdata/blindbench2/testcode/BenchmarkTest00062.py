import subprocess

from flask import Blueprint, request
from flask.views import MethodView

from testcode.common import FILES_DIR

bp = Blueprint("BenchmarkTest00062", __name__)


class CountJob:
    def __init__(self, names):
        self.names = names
        self.tool = "wc -c"

    def command(self):
        return self.tool + " " + " ".join(n for n in self.names)


class CountView(MethodView):
    def post(self):
        job = CountJob(request.form.getlist("f"))
        done = subprocess.run(job.command(), shell=True, cwd=FILES_DIR,
                              capture_output=True, text=True)
        return done.stdout, 200, {"Content-Type": "text/plain"}


bp.add_url_rule("/BenchmarkTest00062", view_func=CountView.as_view("count"))
