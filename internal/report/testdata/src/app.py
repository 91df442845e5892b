import sqlite3

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev"


@app.route("/search")
def search():
    q = request.args["q"]
    query = "SELECT * FROM items WHERE name = '" + q + "'"
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute(query)
    return {"rows": cur.fetchall()}


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
