import traceback

from flask import Flask

from auth import auth_bp
from config import Config
from db import close_db, init_db, push_daily_stats
from views import notes_bp

app = Flask(__name__)
app.config.from_object(Config)

app.register_blueprint(auth_bp)
app.register_blueprint(notes_bp)
app.teardown_appcontext(close_db)


@app.errorhandler(Exception)
def handle_exception(e):
    app.logger.error("unhandled error: %s", e)
    return "<h1>Internal error</h1><pre>%s</pre>" % traceback.format_exc(), 500


@app.cli.command("init-db")
def init_db_command():
    init_db()
    print("Initialized the database.")


@app.cli.command("push-stats")
def push_stats_command():
    print("pushed %d notes" % push_daily_stats())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
