from flask import Flask, redirect, render_template, request, session

app = Flask(__name__)  # want: FG1001[medium]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST" and check(request.form["user"], request.form["password"]):
        session["user"] = request.form["user"]
        return redirect("/")
    return render_template("login.html")


@app.post("/register")
def register():
    return redirect("/login")


@app.post("/logout")
def logout():
    session.clear()
    return redirect("/")


def check(user, password):
    return False
