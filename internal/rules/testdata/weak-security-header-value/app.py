from flask import Blueprint, Flask

app = Flask(__name__)
api = Blueprint("api", __name__)

LEGACY_HEADERS = {
    "X-XSS-Protection": "1; mode=block",
    "Referrer-Policy": "no-referrer-when-downgrade",
}


@app.after_request
def headers(resp):
    resp.headers["X-Frame-Options"] = "ALLOW-FROM https://partner.example.com"  # want: FG0803[medium]
    resp.headers["Strict-Transport-Security"] = "max-age=0"  # want: FG0803[medium]
    resp.headers["X-Content-Type-Options"] = "sniff"  # want: FG0803[low]
    resp.headers["Referrer-Policy"] = "unsafe-url"  # want: FG0803[low]
    resp.headers.update(LEGACY_HEADERS)  # want: FG0803 FG0803
    return resp


@api.after_request
def api_headers(resp):
    resp.headers.set("Strict-Transport-Security", "max-age=86400; includeSubDomains")  # want: FG0803[low]
    resp.headers.set("X-Frame-Options", "ALLOWALL")  # want: FG0803[medium]
    resp.headers["Strict-Transport-Security"] = "includeSubDomains"  # want: FG0803[medium]
    return resp


app.register_blueprint(api, url_prefix="/api")


@app.route("/")
def index():
    return "home"
