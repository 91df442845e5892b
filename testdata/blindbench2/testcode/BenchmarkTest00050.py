from flask import Blueprint, render_template_string, request
from flask.views import MethodView

bp = Blueprint("BenchmarkTest00050", __name__)


class CommentView(MethodView):
    def post(self):
        comment = request.form.get("comment", "")
        return render_template_string("<div><p class='comment'>{{ body }}</p></div>", body=comment)


bp.add_url_rule("/BenchmarkTest00050", view_func=CommentView.as_view("comment"))
