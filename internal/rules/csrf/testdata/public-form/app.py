from flask import Flask, render_template, request

# no sessions anywhere, but a form any site can submit through a visitor
app = Flask(__name__)  # want: FG0501[low]


@app.route("/contact", methods=["GET", "POST"])
def contact():
    if request.method == "POST":
        send(request.form["message"])
    return render_template("contact.html")


def send(message):
    pass
