from flask import Flask, request

# MAX_FORM_MEMORY_SIZE caps form fields only, not uploaded files
app = Flask(__name__)  # want: FG0620
app.config["MAX_FORM_MEMORY_SIZE"] = 500_000


@app.post("/avatar")
def avatar():
    request.files["avatar"].save("/tmp/avatar")
    return request.form.get("name", "")
