from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_CHECK_DEFAULT"] = False
csrf = CSRFProtect(app)


@app.before_request
def check_csrf():
    # every form except the API is checked by hand
    if not request.path.startswith("/api/"):
        csrf.protect()
