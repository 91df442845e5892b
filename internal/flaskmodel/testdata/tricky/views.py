from flask import render_template, request
from flask.views import View


class ThingView(View):
    methods = ["GET", "POST"]

    def dispatch_request(self):
        if request.method == "POST":
            return request.form["thing"]
        return render_template("things.html")


def legacy_view():
    return render_template("legacy.html")
