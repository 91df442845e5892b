from flask import Flask, redirect, render_template, request, session

app = Flask(__name__)  # want: FG0501[medium]
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        session["user"] = request.form["name"]
        return redirect("/")
    return render_template("login.html")


@app.post("/notes/<int:note_id>/delete")
def delete_note(note_id):
    if "user" not in session:
        return redirect("/login")
    return redirect("/")


@app.route("/notes", methods=["GET"])
def notes():
    return render_template("notes.html")
