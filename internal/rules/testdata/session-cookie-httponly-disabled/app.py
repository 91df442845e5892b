from flask import Flask, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY_FILE="/run/secrets/key",
    SESSION_COOKIE_HTTPONLY=False,  # want: FG0404[medium]
)


@app.get("/me")
def me():
    return {"user": session.get("user_id")}
