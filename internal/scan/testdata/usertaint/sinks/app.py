from flask import Flask, request

from acme_web import db
from acme_web.db import raw_query
from acme_web.jobs import Runner
from other_toolkit.db import raw_query as other_raw_query

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args["q"]
    rows = raw_query("SELECT * FROM items WHERE name = '" + q + "'")  # want: FG0701
    rows += db.raw_query(sql=f"SELECT * FROM items WHERE tag = '{q}'")  # want: FG0701
    # Safe look-alikes: a bound parameter (position 1 is not checked), a
    # constant statement, and the same name in another module.
    rows += raw_query("SELECT * FROM items WHERE name = %s", q)
    rows += raw_query("SELECT count(*) FROM items")
    rows += other_raw_query("SELECT * FROM items WHERE name = '" + q + "'")
    return {"count": len(rows)}


@app.route("/jobs", methods=["POST"])
def jobs():
    runner = Runner()
    runner.run_script(request.form["script"])  # want: FG0601
    Runner().run_script("nightly-backup.sh")
    return {"queued": True}
