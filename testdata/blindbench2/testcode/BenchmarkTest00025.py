from flask import Blueprint, render_template_string, request
from flask.views import MethodView
from markupsafe import Markup

bp = Blueprint("BenchmarkTest00025", __name__)


class CommentView(MethodView):
    def post(self):
        comment = request.form.get("comment", "")
        body = Markup(f"<p class='comment'>{comment}</p>")
        return render_template_string("<div>{{ body }}</div>", body=body)


bp.add_url_rule("/BenchmarkTest00025", view_func=CommentView.as_view("comment"))
