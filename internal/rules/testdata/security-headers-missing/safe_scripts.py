from flask import Flask

# an app object made only to get an application context in a script:
# it serves no routes
worker_app = Flask("worker")


def create_test_app():
    app = Flask(__name__)

    @app.route("/t")
    def t():
        return "t"

    return app
