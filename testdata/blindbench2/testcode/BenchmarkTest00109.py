import os

from flask import Blueprint, request
from flask.views import MethodView
from werkzeug.utils import secure_filename

from testcode.common import UPLOAD_DIR

bp = Blueprint("BenchmarkTest00109", __name__)


class UploadView(MethodView):
    def post(self):
        upload = request.files.get("doc")
        if upload is None or not upload.filename:
            return "nothing uploaded", 400
        target = os.path.join(UPLOAD_DIR, secure_filename(upload.filename))
        upload.save(target)
        return {"saved": os.path.basename(target)}


bp.add_url_rule("/BenchmarkTest00109", view_func=UploadView.as_view("upload"))
